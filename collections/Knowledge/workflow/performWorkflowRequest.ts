import {
  APIError,
  commitTransaction,
  initTransaction,
  killTransaction,
  type PayloadRequest,
} from 'payload'
import { z } from 'zod'

import { allowedActions, WORKFLOW_ACTIONS } from '@/domain/workflow'
import { now } from '@/lib/clock'
import type { User } from '@/payload-types'
import { actorOf, runWorkflowTransition, workflowItemOf } from './runWorkflowTransition'

const WorkflowRequest = z.object({
  action: z.enum(WORKFLOW_ACTIONS, {
    message: `action 必须是 ${WORKFLOW_ACTIONS.join(' | ')} 之一`,
  }),
  comment: z.string().max(2000, { message: '意见不能超过 2000 字' }).nullish(),
})

/**
 * One workflow request from a signed-in user, whatever the API (REST endpoint or GraphQL
 * mutation): validates the input, runs the transition in a transaction, and reports the new state
 * with the actions now open to the user.
 */
export async function performWorkflowRequest(req: PayloadRequest, id: string, input: unknown) {
  const user = req.user as User | null
  if (!user) throw new APIError('请先登录', 401, null, true)
  const body = WorkflowRequest.safeParse(input)
  if (!body.success) throw new APIError(body.error.issues[0]!.message, 400, null, true)

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
