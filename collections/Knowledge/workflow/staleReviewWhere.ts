import type { Where } from 'payload'

/** Live items whose next review date has passed (待复核, 更新制度). */
export function staleReviewWhere(now: Date): Where {
  return {
    and: [
      { _status: { equals: 'published' } },
      { workflowState: { equals: 'published' } },
      { nextReviewAt: { less_than: now.toISOString() } },
    ],
  }
}
