import type { TaskConfig } from 'payload'

import { now } from '@/lib/clock'
import { applyScheduledTransitions } from './applyScheduledTransitions'

export const WORKFLOW_QUEUE = 'workflow'

/** Every minute: publish approved items on their effective time, expire live ones on theirs. */
export const scheduledTransitionsTask: TaskConfig<'applyScheduledTransitions'> = {
  slug: 'applyScheduledTransitions',
  label: '定时发布与过期',
  schedule: [{ cron: '* * * * *', queue: WORKFLOW_QUEUE }],
  retries: 3,
  outputSchema: [
    { name: 'published', type: 'number' },
    { name: 'expired', type: 'number' },
  ],
  handler: async ({ req }) => {
    const changed = await applyScheduledTransitions(req, now())
    return { output: { published: changed.publish.length, expired: changed.expire.length } }
  },
}
