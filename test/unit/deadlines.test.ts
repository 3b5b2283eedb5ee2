import { describe, expect, it } from 'vitest'

import { addWorkingDays } from '@/domain/deadlines'

describe('addWorkingDays', () => {
  it('skips weekends', () => {
    // 2026-11-26 is a Thursday.
    expect(addWorkingDays(new Date('2026-11-26T09:00:00Z'), 2).toISOString()).toBe(
      '2026-11-30T09:00:00.000Z',
    )
    expect(addWorkingDays(new Date('2026-11-23T09:00:00Z'), 2).toISOString()).toBe(
      '2026-11-25T09:00:00.000Z',
    )
    expect(addWorkingDays(new Date('2026-11-28T09:00:00Z'), 1).toISOString()).toBe(
      '2026-11-30T09:00:00.000Z',
    )
  })
  it('zero days is the same moment', () => {
    expect(addWorkingDays(new Date('2026-11-28T09:00:00Z'), 0).toISOString()).toBe(
      '2026-11-28T09:00:00.000Z',
    )
  })
})
