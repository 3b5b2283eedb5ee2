/**
 * 定期通报 (seed 003: 省公司监控各项问题、建议和需求的解决情况并定期通报): each province's bulletin of
 * the front line's reports, weekly and monthly, over completed periods of the operator's calendar
 * (Beijing time).
 */
export const BULLETIN_CADENCES = ['weekly', 'monthly'] as const
export type BulletinCadence = (typeof BULLETIN_CADENCES)[number]

export const BULLETIN_CADENCE_LABELS: Record<BulletinCadence, string> = {
  weekly: '周报',
  monthly: '月报',
}

/** Beijing is UTC+8 all year. */
const OFFSET_MS = 8 * 3_600_000
const DAY_MS = 86_400_000

/** The last completed period of `cadence` before `at`: a Monday-to-Monday week, or a month. */
export function lastCompletedPeriod(cadence: BulletinCadence, at: Date): { from: Date; to: Date } {
  const local = new Date(at.getTime() + OFFSET_MS)
  const midnight = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate())
  if (cadence === 'weekly') {
    const sinceMonday = (local.getUTCDay() + 6) % 7
    const to = midnight - sinceMonday * DAY_MS
    return { from: new Date(to - 7 * DAY_MS - OFFSET_MS), to: new Date(to - OFFSET_MS) }
  }
  const to = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), 1)
  const from = Date.UTC(local.getUTCFullYear(), local.getUTCMonth() - 1, 1)
  return { from: new Date(from - OFFSET_MS), to: new Date(to - OFFSET_MS) }
}

/** A period as people read it: `2026-11-30 至 2026-12-06`, Beijing dates, the end inclusive. */
export function periodLabel(period: { from: Date; to: Date }): string {
  const day = (ms: number) => new Date(ms + OFFSET_MS).toISOString().slice(0, 10)
  return `${day(period.from.getTime())} 至 ${day(period.to.getTime() - 1)}`
}
