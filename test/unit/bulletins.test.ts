import { describe, expect, it } from 'vitest'

import { lastCompletedPeriod, periodLabel } from '@/domain/bulletins'

describe('定期通报 periods (Beijing time)', () => {
  it('the last Monday-to-Monday week and the last month before the moment', () => {
    // Monday 2026-12-07 09:00 in Beijing.
    const at = new Date('2026-12-07T01:00:00Z')
    const week = lastCompletedPeriod('weekly', at)
    expect(week.from.toISOString()).toBe('2026-11-29T16:00:00.000Z')
    expect(week.to.toISOString()).toBe('2026-12-06T16:00:00.000Z')
    expect(periodLabel(week)).toBe('2026-11-30 至 2026-12-06')
    const month = lastCompletedPeriod('monthly', at)
    expect(periodLabel(month)).toBe('2026-11-01 至 2026-11-30')
    expect(month.to.toISOString()).toBe('2026-11-30T16:00:00.000Z')
  })

  it('Sunday night in Beijing still belongs to the running week; January looks back at December', () => {
    // Sunday 2026-12-06 23:30 in Beijing: the last completed week ended on 11-29.
    expect(periodLabel(lastCompletedPeriod('weekly', new Date('2026-12-06T15:30:00Z')))).toBe(
      '2026-11-23 至 2026-11-29',
    )
    expect(periodLabel(lastCompletedPeriod('monthly', new Date('2027-01-01T00:00:00Z')))).toBe(
      '2026-12-01 至 2026-12-31',
    )
  })
})
