import type { TaskConfig } from 'payload'

import { now } from '@/lib/clock'
import { applyScheduledTransitions } from './applyScheduledTransitions'

/**
 * Publishes approved items on their effective time, expires live ones on theirs. Queued every
 * minute (src/jobs).
 */
export const scheduledTransitionsTask: TaskConfig<'applyScheduledTransitions'> = {
  slug: 'applyScheduledTransitions',
  label: '定时发布与过期',
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
