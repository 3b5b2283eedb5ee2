import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { performReportAction } from '@collections/Feedback/handling/performReportAction'
import { escalateOverdueReports } from '@collections/Feedback/jobs/escalateOverdueReports'
import { publishReportBulletins } from '@collections/ReportBulletins/jobs/publishReportBulletins'
import { setClock } from '@/lib/clock'
import { SEED_REPORTS } from './content/reports'
import { DEMO_EMAIL_DOMAIN } from './demoUsers'

type Step = (label: string, action: 'created' | 'updated' | 'unchanged') => void

const DAY = 86_400_000

/**
 * The demo reports, filed and handled by demo users through the same code as the API, on the
 * application clock set back to each step's day; matched by reporter and text (a second run leaves
 * them). Then one run of the escalation job, which moves those past their time limit up a tier,
 * and one of the bulletin job.
 */
export async function seedReports(
  payload: Payload,
  unitIds: Map<string, string>,
  step: Step,
  now = new Date(),
) {
  const users = new Map<string, PayloadRequest['user']>()
  const userOf = async (key: string) => {
    if (!users.has(key)) {
      const { docs } = await payload.find({
        collection: 'users',
        where: { email: { equals: `${key}@${DEMO_EMAIL_DOMAIN}` } },
        depth: 0,
        limit: 1,
      })
      if (!docs[0]) throw new Error(`反馈演示数据引用了不存在的用户 ${key}`)
      users.set(key, { ...docs[0], collection: 'users' })
    }
    return users.get(key)!
  }
  const dayAt = (days: number) => new Date(now.getTime() + days * DAY)
  try {
    for (const report of SEED_REPORTS) {
      const reporter = await userOf(report.by)
      const label = `反馈 ${report.query ?? report.text.slice(0, 20)}`
      const { totalDocs } = await payload.count({
        collection: 'feedback',
        where: { reporter: { equals: reporter!.id }, text: { equals: report.text } },
      })
      if (totalDocs > 0) {
        step(label, 'unchanged')
        continue
      }
      const item = report.item
        ? (
            await payload.find({
              collection: 'knowledge',
              where: { externalId: { equals: report.item } },
              depth: 0,
              limit: 1,
            })
          ).docs[0]?.id
        : undefined
      setClock(dayAt(report.filedDays))
      const created = await payload.create({
        collection: 'feedback',
        data: {
          kind: report.kind,
          status: 'new',
          text: report.text,
          query: report.query,
          item,
          walkedUnit: report.walked ? unitIds.get(report.walked) : undefined,
          walkthroughMode: report.mode,
        },
        user: reporter,
        overrideAccess: false,
      })
      for (const move of report.steps) {
        setClock(dayAt(move.days))
        const req = await createLocalReq({ user: await userOf(move.by) }, payload)
        await performReportAction(req as PayloadRequest, created.id, {
          action: move.action,
          text: move.text,
        })
      }
      step(label, 'created')
    }
  } finally {
    setClock(null)
  }
  const jobReq = (await createLocalReq({}, payload)) as PayloadRequest
  await escalateOverdueReports(jobReq, now)
  // …and the bulletins of the week and month just ended, as the nightly job writes them.
  await publishReportBulletins(jobReq, now)
}
