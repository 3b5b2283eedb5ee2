import { APIError, type Endpoint } from 'payload'

import { actorOf, workflowItemOf } from '../workflow/workflowItemOf'
import {
  allowedActions,
  isOverdue,
  type ReviewStep,
  type WorkflowAction,
  type WorkflowState,
} from '@/domain/workflow'
import { now } from '@/lib/clock'

/** What `GET /api/knowledge/:id/workflow` returns. */
export type WorkflowInfo = {
  workflowState: WorkflowState
  reviewStep: number | null
  stepDeadline: string | null
  chain: ReviewStep[]
  allowed: WorkflowAction[]
  /** Decided on the server with the application clock, like the review queue. */
  overdue: boolean
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
    }
    return Response.json(body)
  },
}
