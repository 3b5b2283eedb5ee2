import type { TaskConfig } from 'payload'

import { now } from '@/lib/clock'
import { publishReportBulletins } from './publishReportBulletins'

/** The provinces' weekly and monthly bulletins, filled in every night for the periods just ended. */
export const bulletinTask: TaskConfig<'publishReportBulletins'> = {
  slug: 'publishReportBulletins',
  label: '反馈定期通报',
  retries: 3,
  outputSchema: [{ name: 'written', type: 'number' }],
  handler: async ({ req }) => ({
    output: { written: (await publishReportBulletins(req, now())).length },
  }),
}
