import { actorScope } from '@access/orgScope'
import type { Channel } from '@/domain/channels'
import type { OrgLevel, OrgScope } from '@/domain/orgTree'
import {
  reviewChain,
  type WorkflowActor,
  type WorkflowItem,
  type WorkflowState,
} from '@/domain/workflow'
import { relationId } from '@/lib/relationId'
import type { Knowledge, User } from '@/payload-types'

/** The workflow rules' view of stored records: an item's owner, the item, the acting user. */

export function ownerScopeOf(
  doc: Pick<Knowledge, 'ownerLevel' | 'ownerCode' | 'ownerProvince' | 'ownerCity'>,
): OrgScope {
  return {
    level: doc.ownerLevel as OrgLevel,
    code: doc.ownerCode ?? '',
    province: doc.ownerProvince ?? null,
    city: doc.ownerCity ?? null,
  }
}

/** The workflow's view of a stored item; the review chain follows from its owner and channels. */
export function workflowItemOf(doc: Knowledge): WorkflowItem {
  const owner = ownerScopeOf(doc)
  return {
    state: (doc.workflowState ?? 'draft') as WorkflowState,
    step: doc.reviewStep ?? null,
    chain: reviewChain(owner, (doc.channels ?? []) as Channel[]),
    owner,
    authoredBy: relationId(doc.author),
    hasContact: relationId(doc.contact) !== null,
    submittedBy: relationId(doc.submittedBy),
    lastEditedBy: relationId(doc.lastEditedBy),
    effectiveFrom: doc.effectiveFrom ? new Date(doc.effectiveFrom) : null,
    stepDeadline: doc.stepDeadline ? new Date(doc.stepDeadline) : null,
  }
}

export const actorOf = (user: User): WorkflowActor => ({
  id: user.id,
  roles: user.roles ?? [],
  scope: actorScope(user),
})
