import {
  commitTransaction,
  initTransaction,
  killTransaction,
  type PayloadRequest,
  type Where,
} from 'payload'

import { goLiveDecision } from '@/domain/serviceReadiness'
import {
  runWorkflowTransition,
  SCHEDULER,
} from '@collections/Knowledge/workflow/runWorkflowTransition'
import { bundleIds, loadBundleItems } from '../readiness/loadReadiness'
import { saveServerOwnedFields } from './saveServerOwnedFields'

/** Activities whose go-live time has come and whose bundle has not gone live yet. */
const due = (at: Date): Where => ({
  and: [
    { status: { in: ['planning', 'held'] } },
    { goLiveAt: { less_than_equal: at.toISOString() } },
  ],
})

/**
 * The knowledge held for an activity that has not gone live: the scheduler's own publish on
 * effective time leaves it alone, so the bundle goes live together or not at all.
 */
export async function itemsAwaitingGoLive(req: PayloadRequest): Promise<string[]> {
  const { docs } = await req.payload.find({
    collection: 'service-activities',
    where: { status: { in: ['planning', 'held'] } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    context: { skipReadiness: true },
    select: { knowledge: true, announcement: true, trainingNotice: true },
    req,
  })
  return [...new Set(docs.flatMap((doc) => bundleIds(doc).all))]
}

/**
 * 上线: for each due activity, in one transaction of its own, publishes its approved knowledge,
 * announcement and training notice together and marks it live — or publishes nothing, marks it
 * held and says why (an item not approved; the owner may release the rest). A held activity is
 * tried again on every run, so approving the last item lets it go live. Running twice changes
 * nothing more: a live activity is no longer due, and a held one is written only when its reason
 * changes.
 */
export async function goLiveServiceActivities(req: PayloadRequest, at: Date) {
  const { docs } = await req.payload.find({
    collection: 'service-activities',
    where: due(at),
    depth: 0,
    limit: 100,
    overrideAccess: true,
    context: { skipReadiness: true },
    req,
  })
  const outcome = { live: [] as string[], held: [] as string[] }
  for (const activity of docs) {
    const activityReq = { ...req, transactionID: undefined } as PayloadRequest
    await initTransaction(activityReq)
    try {
      const ids = bundleIds(activity).all
      const { items } = await loadBundleItems(activityReq, ids)
      const bundle = ids.map((id) => items.get(id) ?? { id, title: id, state: 'missing' })
      const { publish, blockers } = goLiveDecision(bundle, Boolean(activity.releaseApproved))
      const held = blockers.length > 0 && !activity.releaseApproved
      if (held) {
        const heldReason = blockers.join('；')
        if (activity.status !== 'held' || activity.heldReason !== heldReason)
          await saveServerOwnedFields(activityReq, activity.id, { status: 'held', heldReason })
        outcome.held.push(activity.id)
      } else {
        for (const id of publish)
          await runWorkflowTransition(activityReq, {
            id,
            action: 'publish',
            actor: SCHEDULER,
            now: at,
          })
        await saveServerOwnedFields(activityReq, activity.id, {
          status: 'live',
          heldReason: blockers.length ? `已放行，未随同上线：${blockers.join('；')}` : null,
          wentLiveAt: at.toISOString(),
        })
        outcome.live.push(activity.id)
      }
      await commitTransaction(activityReq)
    } catch (error) {
      // Nothing of the bundle went live; the activity says why and is tried again next run.
      await killTransaction(activityReq)
      const heldReason = `上线失败：${(error as Error).message}`
      if (activity.heldReason !== heldReason)
        await saveServerOwnedFields(
          { ...req, transactionID: undefined } as PayloadRequest,
          activity.id,
          {
            status: 'held',
            heldReason,
          },
        )
      outcome.held.push(activity.id)
    }
  }
  return outcome
}
