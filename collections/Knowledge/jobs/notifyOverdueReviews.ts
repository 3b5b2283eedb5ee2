import type { PayloadRequest } from 'payload'

import { notify, userIdsWhere, usersAt } from '@collections/Notifications/notify'
import { STEP_ROLE } from '@/domain/workflow'
import { workflowItemOf } from '../workflow/workflowItemOf'

/** How many overdue items one run looks at; the next run takes the rest. */
const BATCH = 500

/**
 * 审核超时: when a review step passes its deadline, the step's reviewers and headquarters' reviewers
 * of the same role (who may now take it over) are told, once per step: a notice already sent
 * since the deadline is not repeated. Returns the ids told about.
 */
export async function notifyOverdueReviews(req: PayloadRequest, at: Date): Promise<string[]> {
  const { docs } = await req.payload.find({
    collection: 'knowledge',
    // The review state lives on the latest draft.
    draft: true,
    where: {
      and: [
        { workflowState: { equals: 'in_review' } },
        { stepDeadline: { less_than: at.toISOString() } },
      ],
    },
    sort: 'stepDeadline',
    depth: 0,
    limit: BATCH,
    overrideAccess: true,
    req,
  })
  const told: string[] = []
  for (const doc of docs) {
    const item = workflowItemOf(doc)
    const step = item.step === null ? undefined : item.chain[item.step]
    if (!step || !doc.stepDeadline) continue
    const link = `/admin/collections/knowledge/${doc.id}`
    const { totalDocs } = await req.payload.count({
      collection: 'notifications',
      where: {
        event: { equals: 'review_overdue' },
        link: { equals: link },
        createdAt: { greater_than_equal: doc.stepDeadline },
      },
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0) continue
    const role = STEP_ROLE[step.kind]
    const recipients = [
      ...(await usersAt(req, step.unit, [role])),
      ...(await userIdsWhere(req, { orgLevel: { equals: 'hq' }, roles: { in: [role] } })),
    ]
    await notify(req, recipients, {
      event: 'review_overdue',
      title: `审核超时：${doc.title}`,
      body: `本步骤时限 ${doc.stepDeadline.slice(0, 16).replace('T', ' ')}（UTC）已过，总部可代为审核。`,
      link,
    })
    told.push(doc.id)
  }
  return told
}
