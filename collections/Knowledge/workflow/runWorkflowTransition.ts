import { APIError, type PayloadRequest, ValidationError } from 'payload'

import { addWorkingDays } from '@/domain/deadlines'
import { nextReviewOnPublish } from '@/domain/reviewCycle'
import { transition, type WorkflowAction, type WorkflowActor } from '@/domain/workflow'
import { env } from '@/env'
import type { Knowledge } from '@/payload-types'
import { notifyWorkflowStep } from './notifyWorkflowStep'
import { computeOverriddenIn, refreshOverriddenIn } from './refreshOverriddenIn'
import { workflowItemOf } from './workflowItemOf'
import { relationId } from '@/lib/relationId'

export const SCHEDULER: WorkflowActor = { id: 'scheduler', roles: [], scope: null, system: true }

const isUniqueViolationOn = (error: unknown, path: string) =>
  error instanceof ValidationError && error.data.errors.some((e) => e.path === path)

/** The next review date a publish leaves (see `nextReviewOnPublish`). */
async function nextReviewAtPublish(req: PayloadRequest, doc: Knowledge, now: Date) {
  const [category, live] = await Promise.all([
    typeof doc.category === 'object'
      ? doc.category
      : req.payload.findByID({
          collection: 'categories',
          id: doc.category,
          depth: 0,
          req,
          disableErrors: true,
        }),
    // The main document (the live version, if any): the date an unchanged draft carries over.
    req.payload.findByID({
      collection: 'knowledge',
      id: doc.id,
      depth: 0,
      select: { nextReviewAt: true },
      overrideAccess: true,
      disableErrors: true,
      req,
    }),
  ])
  return nextReviewOnPublish({
    draftDate: doc.nextReviewAt,
    liveDate: live?.nextReviewAt,
    now,
    cycleDays: category?.reviewCycleDays,
  })
}

/**
 * Performs one workflow transition inside the caller's transaction (`req`): checks it with the pure
 * rules, records it in `review-events`, and moves the item. Two transitions racing from the same
 * state both try to record the same `transitionKey`; the unique index lets exactly one through.
 */
export async function runWorkflowTransition(
  req: PayloadRequest,
  args: { id: string; action: WorkflowAction; comment?: string; actor: WorkflowActor; now: Date },
): Promise<Knowledge> {
  const { id, action, comment, actor, now } = args
  // Read with the user's own access (an unreadable item is a 404). Reading is not working on it:
  // `transition` refuses owners outside the actor's subtree, e.g. HQ items every reader sees.
  const doc = await req.payload.findByID({
    collection: 'knowledge',
    id,
    draft: true,
    depth: 0,
    req,
    overrideAccess: Boolean(actor.system),
    user: req.user,
  })
  const item = workflowItemOf(doc)
  const result = transition(item, action, actor, { comment, now })
  if (!result.ok) throw new APIError(result.reason, 400, { allowed: result.allowed }, true)

  const revision = doc.workflowRevision ?? 0
  try {
    await req.payload.create({
      collection: 'review-events',
      data: {
        transitionKey: `${id}:${revision}`,
        item: id,
        itemTitle: doc.title,
        action,
        from: result.from,
        to: result.to,
        stepKind: result.reviewStep?.kind ?? null,
        stepUnit: result.reviewStep?.unit ?? null,
        actor: actor.system ? null : actor.id,
        actorName: actor.system ? '系统定时任务' : (req.user?.name ?? actor.id),
        comment: comment?.trim() || null,
        ownerLevel: doc.ownerLevel,
        ownerCode: doc.ownerCode,
        ownerProvince: doc.ownerProvince,
        ownerCity: doc.ownerCity,
      },
      req,
      overrideAccess: true,
    })
  } catch (error) {
    if (isUniqueViolationOn(error, 'transitionKey')) {
      throw new APIError('该条目刚刚已被他人处理，请刷新后重试', 409, null, true)
    }
    throw error
  }

  const goesLive = result.to === 'published'
  const leavesLive =
    (result.to === 'expired' || result.to === 'archived') && doc._status === 'published'
  const data: Partial<Knowledge> = {
    workflowState: result.to,
    reviewStep: result.step,
    workflowRevision: revision + 1,
    stepDeadline:
      result.to === 'in_review'
        ? addWorkingDays(now, env.reviewDeadlineWorkingDays).toISOString()
        : null,
    submittedBy: action === 'submit' ? actor.id : relationId(doc.submittedBy),
  }
  if (goesLive) {
    data._status = 'published'
    data.publishedAt = now.toISOString()
    // The new live version must keep hiding behind the variants already published.
    data.overriddenIn = await computeOverriddenIn(req, id)
    data.nextReviewAt = await nextReviewAtPublish(req, doc, now)
  }
  if (leavesLive) data._status = 'draft'

  // Payload merges `context` into `req.context` for the rest of the request. A GraphQL request
  // may hold more mutations, which must not pass for the workflow: the flag ends with this save.
  const callerContext = req.context
  let updated: Knowledge
  try {
    updated = await req.payload.update({
      collection: 'knowledge',
      id,
      data,
      draft: !goesLive && !leavesLive,
      depth: 0,
      req,
      overrideAccess: true,
      context: { workflowTransition: true },
    })
  } finally {
    req.context = callerContext
  }
  if ((goesLive || leavesLive) && doc.overrides)
    await refreshOverriddenIn(req, relationId(doc.overrides)!)
  await notifyWorkflowStep(req, updated, {
    action,
    to: result.to,
    nextStep: result.step === null ? null : (item.chain[result.step] ?? null),
    comment,
  })
  return updated
}
