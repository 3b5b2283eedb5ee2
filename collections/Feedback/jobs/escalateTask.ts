import type { TaskConfig } from 'payload'

import { now } from '@/lib/clock'
import { escalateOverdueReports } from './escalateOverdueReports'

/** Reports past their time limit go one tier up: checked every 10 minutes. */
export const escalateTask: TaskConfig<'escalateOverdueReports'> = {
  slug: 'escalateOverdueReports',
  label: '反馈超时自动升级',
  retries: 3,
  outputSchema: [{ name: 'escalated', type: 'number' }],
  handler: async ({ req }) => ({
    output: { escalated: (await escalateOverdueReports(req, now())).length },
  }),
}
