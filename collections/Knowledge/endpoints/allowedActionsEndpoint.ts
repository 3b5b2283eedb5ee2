import { APIError, type Endpoint } from 'payload'

import { actorOf, workflowItemOf } from '../workflow/workflowItemOf'
import {
  allowedActions,
  isOverdue,
  type ReviewStep,
  type WorkflowAction,
  type WorkflowState,
} from '@/domain/workflow'
import { confirmReviewProblem } from '@/domain/reviewCycle'
import { now } from '@/lib/clock'
import { relationId } from '@/lib/relationId'

/** What `GET /api/knowledge/:id/workflow` returns. */
export type WorkflowInfo = {
  workflowState: WorkflowState
  reviewStep: number | null
  stepDeadline: string | null
  chain: ReviewStep[]
  allowed: WorkflowAction[]
  /** Decided on the server with the application clock, like the review queue. */
  overdue: boolean
  /** 复核确认 is open to this user (a live item; its contact person or an editor above it). */
  canConfirmReview: boolean
  nextReviewAt: string | null
}

/**
 * `GET /api/knowledge/:id/workflow` → the item's workflow state and the actions the signed-in
 * user may take now. The admin buttons ask this instead of re-deciding the rules in the browser.
 */
export const allowedActionsEndpoint: Endpoint = {
  path: '/:id/workflow',
  method: 'get',
  handler: async (req) => {
    const user = req.user
    if (!user) throw new APIError('请先登录', 401, null, true)
    // The user's own read access: an item they cannot see is a 404, as for any other read.
    const doc = await req.payload.findByID({
      collection: 'knowledge',
      id: String(req.routeParams?.id),
      draft: true,
      depth: 0,
      req,
      user,
      overrideAccess: false,
    })
    const item = workflowItemOf(doc)
    const at = now()
    const body: WorkflowInfo = {
      workflowState: item.state,
      reviewStep: item.step,
      stepDeadline: doc.stepDeadline ?? null,
      chain: item.chain,
      allowed: allowedActions(item, actorOf(user), at),
      overdue: isOverdue(item, at),
      canConfirmReview: !confirmReviewProblem(
        {
          live: doc._status === 'published' && item.state === 'published',
          contactId: relationId(doc.contact),
          owner: item.owner,
        },
        actorOf(user),
      ),
      nextReviewAt: doc.nextReviewAt ?? null,
    }
    return Response.json(body)
  },
}
