import { z } from '@/lib/zod'

import { CHANNELS } from '@/domain/channels'
import { firstIssue } from '@/lib/errorResponse'
import { indexForChannel, type SearchEngine } from './types'

const unitCode = z
  .string()
  .regex(/^(\d{6})?$/)
  .transform((code) => code || null)

/** One line of `kb search --batch`: the query and who searches (channel and area). */
export const batchLineSchema = z.object({
  q: z.string().max(1000),
  as: z.object({
    channel: z.enum(CHANNELS),
    province: unitCode.nullish().transform((code) => code ?? null),
    city: unitCode.nullish().transform((code) => code ?? null),
  }),
})

export type BatchHit = { id: string; title: string; score: number }

/** Answers one batch line: external ids where items have them, the top 10. */
export async function searchBatchLine(
  engine: SearchEngine,
  line: string,
): Promise<{ hits: BatchHit[] } | { hits: []; error: string }> {
  let parsed
  try {
    parsed = batchLineSchema.safeParse(JSON.parse(line))
  } catch (error) {
    return { hits: [], error: `not JSON: ${(error as Error).message}` }
  }
  if (!parsed.success) {
    return { hits: [], error: firstIssue(parsed.error, '') }
  }
  const { q, as } = parsed.data
  const result = await engine.search({
    index: indexForChannel(as.channel),
    q,
    reader: { province: as.province, city: as.city },
    channel: as.channel,
    limit: 10,
    offset: 0,
  })
  return {
    hits: result.hits.map((hit) => ({
      id: hit.externalId ?? hit.id,
      title: hit.title,
      score: hit.score,
    })),
  }
}
