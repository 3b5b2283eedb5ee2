import type { PayloadRequest } from 'payload'

import { subtreeWhere } from '@access/orgScope'
import { notify, userIdsWhere, usersAt } from '@collections/Notifications/notify'
import {
  type ReviewStep,
  STEP_ROLE,
  type WorkflowAction,
  type WorkflowState,
} from '@/domain/workflow'
import { relationId } from '@/lib/relationId'
import type { Knowledge } from '@/payload-types'
import { ownerScopeOf } from './workflowItemOf'

const adminLink = (item: Knowledge) => `/admin/collections/knowledge/${item.id}`

/** The agents who read a notice: those at its owner unit and below. */
async function agentsUnder(req: PayloadRequest, item: Knowledge): Promise<string[]> {
  const scope = subtreeWhere(ownerScopeOf(item), { province: 'orgProvince', city: 'orgCity' })
  return userIdsWhere(req, {
    and: [{ roles: { in: ['agent'] } }, ...(scope === true ? [] : [scope])],
  })
}

/**
 * Who hears of a workflow step, in its transaction: the next step's reviewers (待我审核), the
 * author of a rejected or published item, and a published notice's agents (服务公告待阅).
 */
export async function notifyWorkflowStep(
  req: PayloadRequest,
  item: Knowledge,
  step: {
    action: WorkflowAction
    to: WorkflowState
    /** The step the item now waits at, if any. */
    nextStep: ReviewStep | null
    comment?: string
  },
) {
  const author = [relationId(item.submittedBy), relationId(item.lastEditedBy)].filter(
    (id): id is string => id !== null,
  )
  if (step.to === 'in_review' && step.nextStep) {
    const role = STEP_ROLE[step.nextStep.kind]
    await notify(req, await usersAt(req, step.nextStep.unit, [role]), {
      event: 'review_waiting',
      title: `待您${role === 'compliance' ? '合规审核' : '审核'}：${item.title}`,
      link: adminLink(item),
    })
  }
  if (step.action === 'reject')
    await notify(req, author, {
      event: 'item_rejected',
      title: `条目被驳回：${item.title}`,
      body: step.comment ? `驳回意见：${step.comment}` : undefined,
      link: adminLink(item),
    })
  if (step.to === 'published') {
    await notify(req, author, {
      event: 'item_published',
      title: `条目已发布：${item.title}`,
      link: adminLink(item),
    })
    if (item.kind === 'notice')
      await notify(req, await agentsUnder(req, item), {
        event: 'notice_to_ack',
        title: `新服务公告：${item.title}`,
        body: item.summary ?? undefined,
        link: `/agent/item/${item.id}`,
      })
  }
}
