import type { TaskConfig } from 'payload'

import { now } from '@/lib/clock'
import { notifyOverdueReviews } from './notifyOverdueReviews'

/** Review steps past their deadline are announced: checked every 10 minutes. */
export const overdueReviewsTask: TaskConfig<'notifyOverdueReviews'> = {
  slug: 'notifyOverdueReviews',
  label: '审核超时提醒',
  retries: 3,
  outputSchema: [{ name: 'told', type: 'number' }],
  handler: async ({ req }) => ({
    output: { told: (await notifyOverdueReviews(req, now())).length },
  }),
}
