import type { Payload, Where } from 'payload'

import { staleReviewWhere } from '@collections/Knowledge/workflow/staleReviewWhere'
import { actorOf, workflowItemOf } from '@collections/Knowledge/workflow/workflowItemOf'
import { OWNER_SCOPE_FIELDS } from '@access/knowledgeScope'
import { actorScope, subtreeWhere } from '@access/orgScope'
import { isOverdue, type ReviewStep, stepAssignedTo } from '@/domain/workflow'
import { now as clockNow } from '@/lib/clock'
import type { Knowledge, User } from '@/payload-types'
import { relationId } from '@/lib/relationId'

export type ReviewQueueRow = {
  id: string
  title: string
  kind: Knowledge['kind']
  ownerCode: string
  ownerName: string | null
  /** Index into the chain (0-based) and its length. */
  step: number
  steps: number
  reviewStep: ReviewStep
  stepDeadline: string | null
  overdue: boolean
  /** The user submitted or last edited it, so the rules will not let them approve it. */
  ownWork: boolean
}

/** The user's subtree as a query on knowledge owners; null when the user has no unit. */
function subtreeOf(user: User): Where | true | null {
  const scope = actorScope(user as never)
  return scope ? subtreeWhere(scope, OWNER_SCOPE_FIELDS) : null
}

const and = (...parts: (Where | true)[]): Where => ({
  and: parts.filter((p): p is Where => p !== true),
})

/**
 * 待我审核: items in review whose current step is the signed-in user's (or escalated to them when
 * overdue), the oldest step first.
 * Reads with the user's own access and the latest draft of each item (that is where the review
 * state lives while a published item is being revised).
 */
export async function reviewQueue(
  payload: Payload,
  user: User,
  now: Date = clockNow(),
): Promise<ReviewQueueRow[]> {
  const subtree = subtreeOf(user)
  if (!subtree || !user.orgCode) return []
  if (!user.roles?.some((role) => role === 'reviewer' || role === 'compliance')) return []

  const { docs } = await payload.find({
    collection: 'knowledge',
    draft: true,
    depth: 0,
    pagination: false,
    where: and({ workflowState: { equals: 'in_review' } }, subtree),
    user,
    overrideAccess: false,
  })

  // The domain decides whose step it is, escalation of overdue steps to HQ included.
  const actor = actorOf(user)
  const mine = docs.flatMap((doc) => {
    const item = workflowItemOf(doc)
    const step = item.step === null ? undefined : item.chain[item.step]
    return step && stepAssignedTo(item, actor, now) ? [{ doc, item, step }] : []
  })

  const names = await unitNames(
    payload,
    mine.map(({ doc }) => doc.ownerCode ?? ''),
  )
  return mine
    .map(({ doc, item, step }): ReviewQueueRow => ({
      id: doc.id,
      title: doc.title,
      kind: doc.kind,
      ownerCode: doc.ownerCode ?? '',
      ownerName: names.get(doc.ownerCode ?? '') ?? null,
      step: item.step!,
      steps: item.chain.length,
      reviewStep: step,
      stepDeadline: doc.stepDeadline ?? null,
      overdue: isOverdue(item, now),
      ownWork: user.id === item.submittedBy || user.id === relationId(doc.lastEditedBy),
    }))
    .sort(byDeadline)
}

// Every step gets the same number of working days, so the earliest deadline is the oldest step.
function byDeadline(a: ReviewQueueRow, b: ReviewQueueRow): number {
  const at = (row: ReviewQueueRow) =>
    row.stepDeadline ? new Date(row.stepDeadline).getTime() : Number.POSITIVE_INFINITY
  return at(a) - at(b) || a.title.localeCompare(b.title, 'zh-CN')
}

async function unitNames(payload: Payload, codes: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(codes.filter(Boolean))]
  if (unique.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'org-units',
    where: { code: { in: unique } },
    depth: 0,
    pagination: false,
  })
  return new Map(docs.map((unit) => [unit.code, unit.name]))
}

export type WorkflowCounts = {
  /** 待我审核: the user's review queue. */
  queue: number
  /** 超时未审: items in review in the user's subtree whose step deadline has passed. */
  overdue: number
  /** 待复核: published items in the subtree whose `nextReviewAt` has passed. */
  staleReview: number
  /** Due for review, with this user as contact person. */
  myDue: number
}

/** Where-clauses behind the dashboard counts, also used to build the list links. */
export function overdueWhere(now: Date): Where {
  return {
    and: [
      { workflowState: { equals: 'in_review' } },
      { stepDeadline: { less_than: now.toISOString() } },
    ],
  }
}

/** The dashboard counts for the signed-in user's subtree, with the user's own access. */
export async function workflowCounts(
  payload: Payload,
  user: User,
  now: Date = clockNow(),
): Promise<WorkflowCounts> {
  const subtree = subtreeOf(user)
  if (!subtree) return { queue: 0, overdue: 0, staleReview: 0, myDue: 0 }
  const count = async (where: Where, draft: boolean) =>
    (
      await payload.find({
        collection: 'knowledge',
        draft,
        depth: 0,
        limit: 1,
        where: and(where, subtree),
        user,
        overrideAccess: false,
      })
    ).totalDocs
  const [queue, overdue, staleReview, myDue] = await Promise.all([
    reviewQueue(payload, user, now).then((rows) => rows.length),
    // The review state lives on the latest draft; what is stale is the live (published) version.
    count(overdueWhere(now), true),
    count(staleReviewWhere(now), false),
    // 联系人制度: the items this user answers for, due now.
    count(and(staleReviewWhere(now), { contact: { equals: user.id } }), false),
  ])
  return { queue, overdue, staleReview, myDue }
}
