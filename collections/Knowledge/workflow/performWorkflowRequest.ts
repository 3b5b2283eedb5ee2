import {
  APIError,
  commitTransaction,
  initTransaction,
  killTransaction,
  type PayloadRequest,
} from 'payload'
import { firstIssue } from '@/lib/errorResponse'
import { z } from '@/lib/zod'

import { allowedActions, WORKFLOW_ACTIONS } from '@/domain/workflow'
import { now } from '@/lib/clock'
import { runWorkflowTransition } from './runWorkflowTransition'
import { actorOf, workflowItemOf } from './workflowItemOf'

const WorkflowRequest = z.object({
  action: z.enum(WORKFLOW_ACTIONS, {
    message: `必须是 ${WORKFLOW_ACTIONS.join(' | ')} 之一`,
  }),
  comment: z.string().max(2000, { message: '意见不能超过 2000 字' }).nullish(),
})

/**
 * One workflow request from a signed-in user, whatever the API (REST endpoint or GraphQL
 * mutation): validates the input, runs the transition in a transaction, and reports the new state
 * with the actions now open to the user.
 */
export async function performWorkflowRequest(req: PayloadRequest, id: string, input: unknown) {
  const user = req.user
  if (!user) throw new APIError('请先登录', 401, null, true)
  const body = WorkflowRequest.safeParse(input)
  if (!body.success) throw new APIError(firstIssue(body.error), 400, null, true)

  const ownsTransaction = await initTransaction(req)
  try {
    const { action, comment } = body.data
    const doc = await runWorkflowTransition(req, {
      id,
      action,
      comment: comment ?? undefined,
      actor: actorOf(user),
      now: now(),
    })
    if (ownsTransaction) await commitTransaction(req)
    return {
      id: doc.id,
      workflowState: doc.workflowState ?? 'draft',
      reviewStep: doc.reviewStep ?? null,
      allowed: allowedActions(workflowItemOf(doc), actorOf(user), now()),
    }
  } catch (error) {
    if (ownsTransaction) await killTransaction(req)
    throw error
  }
}
