import type { TaskConfig } from 'payload'

import { now } from '@/lib/clock'
import { goLiveServiceActivities } from './goLiveServiceActivities'

/** 服务前置 go-live: queued every minute (src/jobs). */
export const goLiveTask: TaskConfig<'goLiveServiceActivities'> = {
  slug: 'goLiveServiceActivities',
  label: '服务前置事项上线',
  retries: 3,
  outputSchema: [
    { name: 'live', type: 'number' },
    { name: 'held', type: 'number' },
  ],
  handler: async ({ req }) => {
    const outcome = await goLiveServiceActivities(req, now())
    return { output: { live: outcome.live.length, held: outcome.held.length } }
  },
}
