import { z } from '@/lib/zod'

import { CHANNELS, KNOWLEDGE_KINDS, channelsProblem } from '@/domain/channels'

const unitCode = z.string().regex(/^\d{6}$/, { message: '须为 6 位行政区划代码' })

const SCOPE_MESSAGE = '须为 national、6 位单位代码，或 {level, province, city}'

/** CSV cells are strings, `national` or the owner unit's code; JSONL has the object form. */
function scopeFromCell(value: unknown): unknown {
  if (typeof value !== 'string') return value
  const cell = value.trim()
  if (cell === 'national' || cell === '全国') return { level: 'national' }
  if (!/^\d{6}$/.test(cell)) return { level: null }
  return cell.endsWith('0000')
    ? { level: 'province', province: cell }
    : { level: 'city', province: `${cell.slice(0, 2)}0000`, city: cell }
}

/** Where an item belongs: national means headquarters. */
const scopeField = z.preprocess(
  scopeFromCell,
  z.discriminatedUnion(
    'level',
    [
      z.object({ level: z.literal('national') }),
      z.object({ level: z.literal('province'), province: unitCode }),
      z.object({ level: z.literal('city'), province: unitCode, city: unitCode }),
    ],
    { error: SCOPE_MESSAGE },
  ),
)

/** CSV: channels separated by spaces, commas, semicolons or bars. */
const channelsCell = z.string().transform((cell) => cell.split(/[\s,;|]+/).filter(Boolean))

export const importRowSchema = z
  .object({
    id: z.string().trim().min(1, { message: '不能为空' }).max(64, { message: '最长 64 个字符' }),
    title: z
      .string()
      .trim()
      .min(1, { message: '不能为空' })
      .max(200, { message: '最长 200 个字符' }),
    body: z.string().trim().min(1, { message: '不能为空' }).max(50_000, { message: '最长 5 万字' }),
    category: z
      .string()
      .trim()
      .min(1, { message: '不能为空' })
      .max(60, { message: '最长 60 个字符' }),
    scope: scopeField,
    channels: z
      .union([z.array(z.string()), channelsCell])
      .pipe(
        z
          .array(z.enum(CHANNELS, { message: `须为 ${CHANNELS.join(' / ')}` }))
          .min(1, { message: '至少一个渠道' }),
      ),
    kind: z
      .enum(KNOWLEDGE_KINDS, { message: `须为 ${KNOWLEDGE_KINDS.join(' / ')}` })
      .default('faq'),
  })
  .superRefine((row, ctx) => {
    const problem = channelsProblem(row.kind, row.channels)
    if (problem) ctx.addIssue({ code: 'custom', path: ['channels'], message: problem })
  })

export type ImportRow = z.output<typeof importRowSchema>
export type ImportScope = ImportRow['scope']

/** The owner unit's code for a scope, headquarters' for national. */
export const ownerCodeOf = (scope: ImportScope, hqCode: string): string =>
  scope.level === 'national' ? hqCode : scope.level === 'province' ? scope.province : scope.city
