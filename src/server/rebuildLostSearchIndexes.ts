import type { Payload } from 'payload'

import { searchEngine } from '@search/engine'
import { SEARCH_QUEUE } from '@/lib/jobQueues'
import { rebuildSearchIndexesTask } from '@search/sync/rebuildSearchIndexesTask'
import { type IndexCoverage, describeLoss, lostSearchIndexes } from './health/searchIndexCoverage'

/**
 * At server start: an index that lost its documents (the embedded index's folder deleted, so the
 * engine began an empty one; a Meilisearch server that lost its data) is reported in the log and
 * rebuilt from the database by the search queue's worker, unless a rebuild is queued already.
 * Health answers 503 until the rebuild is done. Returns the indexes found short.
 */
export async function rebuildLostSearchIndexes(payload: Payload): Promise<IndexCoverage[]> {
  const lost = await lostSearchIndexes(payload, await searchEngine(payload))
  if (lost.length === 0) return []
  payload.logger.error(
    `搜索索引缺少已发布的知识，已排队重建 / search indexes lost documents, rebuild queued: ${describeLoss(lost)}`,
  )
  const queued = await payload.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: rebuildSearchIndexesTask.slug } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    overrideAccess: true,
  })
  if (queued.totalDocs === 0)
    await payload.jobs.queue({
      task: rebuildSearchIndexesTask.slug,
      input: {},
      queue: SEARCH_QUEUE,
    })
  return lost
}
