import {
  APIError,
  commitTransaction,
  type Endpoint,
  initTransaction,
  killTransaction,
} from 'payload'
import { z } from 'zod'

import { allowedActions, WORKFLOW_ACTIONS } from '../../../src/domain/workflow'
import { now } from '../../../src/lib/clock'
import type { User } from '../../../src/payload-types'
import { actorOf, runWorkflowTransition, workflowItemOf } from '../workflow/runWorkflowTransition'

const WorkflowRequest = z.object({
  action: z.enum(WORKFLOW_ACTIONS, {
    message: `action 必须是 ${WORKFLOW_ACTIONS.join(' | ')} 之一`,
  }),
  comment: z.string().max(2000, { message: '意见不能超过 2000 字' }).optional(),
})

/** `POST /api/knowledge/:id/workflow` `{ action, comment? }` → the item's new state and next actions. */
export const workflowEndpoint: Endpoint = {
  path: '/:id/workflow',
  method: 'post',
  handler: async (req) => {
    const user = req.user as User | null
    if (!user) throw new APIError('请先登录', 401, null, true)
    const body = WorkflowRequest.safeParse(await req.json?.().catch(() => undefined))
    if (!body.success) throw new APIError(body.error.issues[0]!.message, 400, null, true)
    const id = String(req.routeParams?.id)

    const ownsTransaction = await initTransaction(req)
    try {
      const doc = await runWorkflowTransition(req, {
        id,
        ...body.data,
        actor: actorOf(user),
        now: now(),
      })
      if (ownsTransaction) await commitTransaction(req)
      return Response.json({
        id: doc.id,
        workflowState: doc.workflowState,
        reviewStep: doc.reviewStep ?? null,
        allowed: allowedActions(workflowItemOf(doc), actorOf(user), now()),
      })
    } catch (error) {
      if (ownsTransaction) await killTransaction(req)
      throw error
    }
  },
}
