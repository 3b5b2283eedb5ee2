import { describe, expect, it } from 'vitest'

import { isRefinement } from '@search/api/searchLog'
import { searchLogEntry } from '@test/helpers/searchLog'

describe('isRefinement (one query typed on or deleted back into the other)', () => {
  it.each([
    ['携', '携号转网'],
    ['携号转网', '携号'],
    ['宽带', '宽带'],
    ['5g', '5g套餐'],
  ])('%s → %s is', (before, after) => {
    expect(isRefinement(searchLogEntry(before), searchLogEntry(after))).toBe(true)
  })

  it.each([
    ['宽带', '套餐'],
    ['携号转网', '携号转入'],
    ['宽带报修', '报修'],
  ])('%s → %s is not', (before, after) => {
    expect(isRefinement(searchLogEntry(before), searchLogEntry(after))).toBe(false)
  })

  it('is not across areas, channels, categories, pages or users', () => {
    const before = searchLogEntry('宽带')
    for (const changed of [
      { province: '510000' },
      { city: '440100' },
      { channel: 'agent_kb' as const },
      { category: 'c1' },
      { page: 2 },
      { user: 'u1' },
    ]) {
      expect(isRefinement(before, searchLogEntry('宽带报修', changed))).toBe(false)
    }
  })
})
