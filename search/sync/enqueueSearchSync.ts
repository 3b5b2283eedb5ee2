import type { PayloadRequest } from 'payload'

import { SEARCH_QUEUE } from '@/lib/jobQueues'

/**
 * Queues the index update for an item inside the caller's transaction (`req`): if the change rolls
 * back, so does the job; if the process dies after commit, the job is still there to run.
 */
export async function enqueueSearchSync(req: PayloadRequest, knowledgeId: string): Promise<void> {
  if (req.context.skipSearchSync) return
  await req.payload.jobs.queue({
    task: 'syncSearchIndex',
    input: { knowledgeId },
    queue: SEARCH_QUEUE,
    req,
  })
}
