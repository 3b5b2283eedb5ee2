import type { Payload } from 'payload'

import { runQueue } from './runQueue'

/**
 * Runs `queue` in this process every `everyMs`, for work that cannot wait for Payload's cron (its
 * finest step is a second). A run still going when the next is due is not overlapped. Jobs left by
 * a process that died are picked up on the first poll after start. Returns what stops it.
 */
export function pollQueue(payload: Payload, queue: string, everyMs: number): () => void {
  let running = false
  const timer = setInterval(async () => {
    if (running) return
    running = true
    try {
      await runQueue(payload, queue)
    } catch (error) {
      payload.logger.error(
        { err: error, queue },
        `任务队列 ${queue} 运行失败 / job queue ${queue} run failed`,
      )
    } finally {
      running = false
    }
  }, everyMs)
  timer.unref()
  return () => clearInterval(timer)
}
