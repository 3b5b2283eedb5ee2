import type { TaskConfig } from 'payload'

import { now } from '@/lib/clock'
import { purgeExpiredSearchQueries } from './purgeExpiredSearchQueries'

export const MAINTENANCE_QUEUE = 'maintenance'

/** Every night at 03:00 (server time): searches past their retention leave the log. */
export const purgeExpiredSearchQueriesTask: TaskConfig<'purgeExpiredSearchQueries'> = {
  slug: 'purgeExpiredSearchQueries',
  label: '清理过期搜索记录',
  schedule: [{ cron: '0 3 * * *', queue: MAINTENANCE_QUEUE }],
  retries: 3,
  outputSchema: [{ name: 'deleted', type: 'number' }],
  handler: async ({ req }) => ({
    output: { deleted: await purgeExpiredSearchQueries(req, now()) },
  }),
}
