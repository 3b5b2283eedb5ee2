import { APIError, type Endpoint } from 'payload'

import { actorOf, workflowItemOf } from '@collections/Knowledge/workflow/runWorkflowTransition'
import { allowedActions, isOverdue } from '@/domain/workflow'
import { now } from '@/lib/clock'
import type { User } from '@/payload-types'
import { type WorkflowInfo } from './workflowText'

/**
 * `GET /api/knowledge/:id/workflow` → the item's workflow state and the actions the signed-in
 * user may take now. The admin buttons ask this instead of re-deciding the rules in the browser.
 */
export const allowedActionsEndpoint: Endpoint = {
  path: '/:id/workflow',
  method: 'get',
  handler: async (req) => {
    const user = req.user as User | null
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
