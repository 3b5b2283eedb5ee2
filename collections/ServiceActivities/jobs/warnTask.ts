import type { TaskConfig } from 'payload'

import { now } from '@/lib/clock'
import { warnServiceActivities } from './warnServiceActivities'

/** 服务前置 warnings at 7 and 2 days before go-live and at go-live: queued every 10 minutes. */
export const warnTask: TaskConfig<'warnServiceActivities'> = {
  slug: 'warnServiceActivities',
  label: '服务前置未就绪预警',
  retries: 3,
  outputSchema: [{ name: 'warned', type: 'number' }],
  handler: async ({ req }) => ({
    output: { warned: (await warnServiceActivities(req, now())).length },
  }),
}
