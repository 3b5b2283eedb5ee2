import type { OrgScope } from './orgTree'
import { scopeContains } from './orgTree'

/**
 * 更新制度 (seed 001): every live item is looked at again by its contact person after its
 * category's review cycle. Confirming it still holds (复核确认) starts a new cycle without a new
 * version; publishing a new version starts one too.
 */

/** The review cycle when a category sets none, in days. */
export const DEFAULT_REVIEW_CYCLE_DAYS = 180

/** The next review date, a cycle after `from`. */
export const nextReviewDate = (from: Date, cycleDays: number | null | undefined): Date =>
  new Date(from.getTime() + (cycleDays ?? DEFAULT_REVIEW_CYCLE_DAYS) * 86_400_000)

/**
 * The next review date a publish leaves: the one the editor set in this version if they changed
 * it, otherwise a fresh cycle from now (republishing used to keep the old date).
 */
export function nextReviewOnPublish(input: {
  draftDate: string | null | undefined
  liveDate: string | null | undefined
  now: Date
  cycleDays: number | null | undefined
}): string {
  if (input.draftDate && input.draftDate !== input.liveDate) return input.draftDate
  return nextReviewDate(input.now, input.cycleDays).toISOString()
}

export type ReviewConfirmer = {
  id: string
  roles: readonly string[]
  scope: OrgScope | null
}

/**
 * Why `actor` may not confirm a review of an item now; null when they may: the item is live, and
 * they are its contact person, or an editor or admin of its owner unit or above.
 */
export function confirmReviewProblem(
  item: { live: boolean; contactId: string | null; owner: OrgScope },
  actor: ReviewConfirmer,
): string | null {
  if (!item.live) return '只有已发布的条目需要复核确认'
  if (item.contactId === actor.id) return null
  const worksHere =
    (actor.roles.includes('editor') || actor.roles.includes('admin')) &&
    actor.scope !== null &&
    scopeContains(actor.scope, item.owner)
  return worksHere ? null : '只有条目联系人或所属单位的信息采编、管理员可以复核确认'
}
