import type { TaskConfig } from 'payload'

import { now } from '@/lib/clock'
import { remindDueReviews } from './remindDueReviews'

/** Contact persons hear of their items due for review: every morning. */
export const remindTask: TaskConfig<'remindDueReviews'> = {
  slug: 'remindDueReviews',
  label: '待复核提醒',
  retries: 3,
  outputSchema: [{ name: 'reminded', type: 'number' }],
  handler: async ({ req }) => ({
    output: { reminded: (await remindDueReviews(req, now())).length },
  }),
}
