import type { TaskConfig } from 'payload'

import { now } from '@/lib/clock'
import { purgeExpiredSearchQueries } from './purgeExpiredSearchQueries'

/** Searches past their retention leave the log (queued nightly, src/jobs). */
export const purgeExpiredSearchQueriesTask: TaskConfig<'purgeExpiredSearchQueries'> = {
  slug: 'purgeExpiredSearchQueries',
  label: '清理过期搜索记录',
  retries: 3,
  outputSchema: [{ name: 'deleted', type: 'number' }],
  handler: async ({ req }) => ({
    output: { deleted: await purgeExpiredSearchQueries(req, now()) },
  }),
}
