import type { TaskConfig } from 'payload'

import { requestHallRevalidation } from '@/site/revalidateHall'
import { searchEngine } from '../engine'
import { syncKnowledgeItem } from './syncKnowledgeItem'

export const SEARCH_QUEUE = 'search'

/**
 * The outbox's worker: one job per change of a live item, queued in the change's own transaction
 * (see enqueueSearchSync). A failure (engine down) is retried with backoff and stays visible in
 * the admin's job list with its error.
 */
export const syncSearchIndexTask: TaskConfig<'syncSearchIndex'> = {
  slug: 'syncSearchIndex',
  label: '同步搜索索引',
  inputSchema: [{ name: 'knowledgeId', type: 'text', required: true }],
  outputSchema: [{ name: 'result', type: 'text' }],
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 1000 } },
  handler: async ({ input, req }) => {
    const engine = await searchEngine(req.payload)
    const result = await syncKnowledgeItem(req, engine, input.knowledgeId)
    // The same change is on the online hall's cached pages: the index and the pages move together.
    await requestHallRevalidation()
    return { output: { result } }
  },
}
