import type { Payload, Where } from 'payload'

import { now } from '@/lib/clock'
import { SEARCH_QUEUE } from '@search/sync/syncSearchIndexTask'

export type SearchSyncBacklog = {
  /** Index updates queued and not yet done (including those waiting for a retry). */
  pending: number
  /** Updates that gave up after their retries: the index misses those changes until a reindex. */
  failed: number
  /** Age of the oldest pending update: how far behind the database searches may be. */
  oldestPendingSeconds: number | null
}

/** How far the search indexes lag behind the knowledge, read from the sync jobs' outbox. */
export async function searchSyncBacklog(payload: Payload): Promise<SearchSyncBacklog> {
  const pendingWhere: Where = {
    and: [
      { queue: { equals: SEARCH_QUEUE } },
      { completedAt: { exists: false } },
      { hasError: { not_equals: true } },
    ],
  }
  // One paginated read gives both the count and the oldest.
  const [pending, failed] = await Promise.all([
    payload.find({
      collection: 'payload-jobs',
      where: pendingWhere,
      sort: 'createdAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    }),
    payload.db.count({
      collection: 'payload-jobs',
      where: { and: [{ queue: { equals: SEARCH_QUEUE } }, { hasError: { equals: true } }] },
    }),
  ])
  const first = pending.docs[0]
  return {
    pending: pending.totalDocs,
    failed: failed.totalDocs,
    oldestPendingSeconds: first
      ? Math.max(0, Math.round((now().getTime() - new Date(first.createdAt).getTime()) / 1000))
      : null,
  }
}
