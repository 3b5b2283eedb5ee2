import {
  commitTransaction,
  initTransaction,
  killTransaction,
  type PayloadRequest,
  type Where,
} from 'payload'

import type { WorkflowAction } from '@/domain/workflow'
import { itemsAwaitingGoLive } from '@collections/ServiceActivities/jobs/goLiveServiceActivities'
import { runWorkflowTransition, SCHEDULER } from './runWorkflowTransition'

const DUE: Record<'publish' | 'expire', (at: string, held: string[]) => Where> = {
  // Approved items whose effective time has come go live, except those an activity's go-live
  // publishes together (服务前置)…
  publish: (at, held) => ({
    and: <Where[]>[
      { workflowState: { equals: 'approved' } },
      { effectiveFrom: { less_than_equal: at } },
      ...(held.length ? [{ id: { not_in: held } }] : []),
    ],
  }),
  // …and live items past their expiry are withdrawn.
  expire: (at) => ({
    and: <Where[]>[
      { workflowState: { equals: 'published' } },
      { expiresAt: { less_than_equal: at } },
    ],
  }),
}

/**
 * Publishes and expires items whose time has come (effectiveFrom / expiresAt), each in a
 * transaction of its own through the workflow service, so each is audited like a person's action.
 * Returns what it changed; throws after trying all if any failed, so the job is retried.
 */
export async function applyScheduledTransitions(req: PayloadRequest, at: Date) {
  const changed: Record<'publish' | 'expire', string[]> = { publish: [], expire: [] }
  const failures: string[] = []
  const held = await itemsAwaitingGoLive(req)
  for (const action of ['publish', 'expire'] as const satisfies WorkflowAction[]) {
    const { docs } = await req.payload.find({
      collection: 'knowledge',
      where: DUE[action](at.toISOString(), held),
      draft: true,
      depth: 0,
      limit: 500,
      overrideAccess: true,
    })
    for (const { id } of docs) {
      const itemReq = { ...req, transactionID: undefined } as PayloadRequest
      await initTransaction(itemReq)
      try {
        await runWorkflowTransition(itemReq, { id, action, actor: SCHEDULER, now: at })
        await commitTransaction(itemReq)
        changed[action].push(id)
      } catch (error) {
        await killTransaction(itemReq)
        failures.push(`${action} ${id}: ${(error as Error).message}`)
      }
    }
  }
  if (failures.length) throw new Error(`定时发布/过期失败：${failures.join('; ')}`)
  return changed
}
