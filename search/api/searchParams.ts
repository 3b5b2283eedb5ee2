import { z } from '@/lib/zod'

import { CHANNELS, PUBLIC_CHANNELS } from '@/domain/channels'

/** The longest query worth searching; longer input is refused rather than cut silently. */
export const MAX_QUERY_LENGTH = 200
export const PAGE_SIZE = 10
const MAX_PAGE = 50

const unitCode = z.string().regex(/^\d{6}$/, { message: '须为 6 位行政区划代码' })

/** `GET /api/kb/search` parameters. Everything arrives as strings; unknown keys are refused. */
export const searchParamsSchema = z
  .object({
    q: z
      .string()
      .max(MAX_QUERY_LENGTH, { message: `最长 ${MAX_QUERY_LENGTH} 个字符` })
      // PostgreSQL text cannot hold NUL, and the query is logged; it means nothing to search either.
      .transform((q) => q.replace(/\u0000/g, ''))
      .default(''),
    channel: z.enum(CHANNELS, { message: `须为 ${CHANNELS.join(' / ')}` }).optional(),
    category: z
      .string()
      .regex(/^[\w-]{1,64}$/, { message: '不是有效的分类 id' })
      .optional(),
    page: z.coerce
      .number({ message: '须为正整数' })
      .int({ message: '须为正整数' })
      .min(1, { message: '须为正整数' })
      .max(MAX_PAGE, { message: `最大为 ${MAX_PAGE}` })
      .default(1),
    province: unitCode.optional(),
    city: unitCode.optional(),
  })
  .strict()
  .superRefine((params, ctx) => {
    if (params.city && !params.province) {
      ctx.addIssue({ code: 'custom', path: ['city'], message: '指定地市时须同时指定省份' })
    } else if (
      params.city &&
      params.province &&
      params.city.slice(0, 2) !== params.province.slice(0, 2)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['city'],
        message: `${params.city} 不属于 ${params.province}`,
      })
    }
  })

export type SearchParams = z.output<typeof searchParamsSchema>

/** First problem as `field: message`, for a 400. */
export function parseSearchParams(
  query: URLSearchParams,
): { ok: true; params: SearchParams } | { ok: false; message: string } {
  const raw: Record<string, string> = {}
  for (const [key, value] of query) {
    if (key in raw) return { ok: false, message: `${key}: 只能出现一次` }
    raw[key] = value
  }
  const parsed = searchParamsSchema.safeParse(raw)
  if (parsed.success) return { ok: true, params: parsed.data }
  const issue = parsed.error.issues[0]!
  const field =
    issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '')
  return { ok: false, message: `${field}: ${issue.message}` }
}

export const isPublicChannelName = (channel: string) =>
  (PUBLIC_CHANNELS as readonly string[]).includes(channel)
