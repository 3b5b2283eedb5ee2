import { describe, expect, it } from 'vitest'

import type { OrgScope } from '@/domain/orgTree'
import { confirmReviewProblem, nextReviewDate, nextReviewOnPublish } from '@/domain/reviewCycle'

const NOW = new Date('2026-12-07T09:00:00Z')
const guangzhou: OrgScope = { level: 'city', code: '440100', province: '440000', city: '440100' }
const guangdong: OrgScope = { level: 'province', code: '440000', province: '440000', city: null }
const shenzhen: OrgScope = { level: 'city', code: '440300', province: '440000', city: '440300' }

describe('review cycle (更新制度)', () => {
  it('a cycle after the day, 180 days when the category sets none', () => {
    expect(nextReviewDate(NOW, 30).toISOString()).toBe('2027-01-06T09:00:00.000Z')
    expect(nextReviewDate(NOW, null).getTime() - NOW.getTime()).toBe(180 * 86_400_000)
  })

  it('a publish keeps a date the editor changed, otherwise starts a fresh cycle', () => {
    const old = '2026-11-01T00:00:00.000Z'
    expect(nextReviewOnPublish({ draftDate: old, liveDate: old, now: NOW, cycleDays: 30 })).toBe(
      '2027-01-06T09:00:00.000Z',
    )
    expect(
      nextReviewOnPublish({
        draftDate: '2027-03-01T00:00:00.000Z',
        liveDate: old,
        now: NOW,
        cycleDays: 30,
      }),
    ).toBe('2027-03-01T00:00:00.000Z')
    expect(nextReviewOnPublish({ draftDate: null, liveDate: null, now: NOW, cycleDays: 30 })).toBe(
      '2027-01-06T09:00:00.000Z',
    )
  })

  it('the contact person, or an editor or admin of the owner unit or above, confirms a live item', () => {
    const item = { live: true, contactId: 'c', owner: guangzhou }
    const actor = (id: string, roles: string[], scope: OrgScope | null) => ({ id, roles, scope })
    expect(confirmReviewProblem(item, actor('c', ['agent'], shenzhen))).toBeNull()
    expect(confirmReviewProblem(item, actor('e', ['editor'], guangzhou))).toBeNull()
    expect(confirmReviewProblem(item, actor('a', ['admin'], guangdong))).toBeNull()
    expect(confirmReviewProblem(item, actor('r', ['reviewer'], guangzhou))).not.toBeNull()
    expect(confirmReviewProblem(item, actor('e', ['editor'], shenzhen))).not.toBeNull()
    expect(confirmReviewProblem({ ...item, live: false }, actor('c', ['agent'], null))).toBe(
      '只有已发布的条目需要复核确认',
    )
  })
})
