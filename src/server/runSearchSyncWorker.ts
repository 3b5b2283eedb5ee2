import type { Payload } from 'payload'

import { SEARCH_QUEUE } from '@search/sync/syncSearchIndexTask'

/** How often the server looks for queued index syncs: publish-to-searchable stays well under 1 s. */
const POLL_MS = 200

/**
 * Runs the search queue in this process. Payload's autoRun cron cannot go below a second, and a
 * publish should be searchable before the editor has switched tabs; an idle poll is one indexed
 * query. Jobs left by a process that died are picked up on the first poll after start.
 */
export function runSearchSyncWorker(payload: Payload): () => void {
  let running = false
  const timer = setInterval(async () => {
    if (running) return
    running = true
    try {
      await payload.jobs.run({ queue: SEARCH_QUEUE, limit: 100 })
    } catch (error) {
      payload.logger.error({ err: error }, '搜索索引同步任务运行失败 / search sync run failed')
    } finally {
      running = false
    }
  }, POLL_MS)
  timer.unref()
  return () => clearInterval(timer)
}
