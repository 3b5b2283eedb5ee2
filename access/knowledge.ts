import type { Where } from 'payload'

import { PUBLIC_CHANNELS, PUBLIC_KINDS } from '@/domain/channels'
import { type OwnerClause, type ReaderArea, readerVisibility } from '@/domain/visibility'
import {
  contentWorkerWhere,
  OWNER_SCOPE_FIELDS,
  VERSION_OWNER_SCOPE_FIELDS,
  worksOnContent,
} from './knowledgeScope'
import { actorScope } from './orgScope'
import { type Actor, hasRole, isAdmin } from './roles'

// Who reads and changes knowledge items, as query constraints.

function ownerWhere(clause: OwnerClause): Where {
  const level: Where = { ownerLevel: { equals: clause.level } }
  if (clause.level === 'hq') return level
  return { and: [level, { [OWNER_SCOPE_FIELDS[clause.level]]: { equals: clause.code } }] }
}

/**
 * `overriddenIn` (six-digit unit codes, space-separated) does not hold `code`. Payload 3.90's SQL
 * adapters (SQLite, PostgreSQL) compile `not_like` to NOT LIKE with the value as the whole pattern,
 * which without wildcards means "is not", so a list of two codes never hid an item; MongoDB's
 * compiles it to "does not contain", and reads the `%` literally. Both are asked: each is right on
 * one kind of adapter and always true on the other (codes hold no `%`, `_` or space).
 */
const notHiddenIn = (code: string): Where[] => [
  { overriddenIn: { not_like: code } },
  { overriddenIn: { not_like: `%${code}%` } },
]

/** The visibility rule (src/domain/visibility.ts) for readers at `area`, as a query. */
export function areaVisibilityWhere(area: ReaderArea): Where {
  const { owners, hiddenIn } = readerVisibility(area)
  return { and: [{ or: owners.map(ownerWhere) }, ...hiddenIn.flatMap(notHiddenIn)] }
}

/** Live items: published, and the workflow agrees. */
export const liveKnowledgeWhere: Where = {
  and: [{ _status: { equals: 'published' } }, { workflowState: { equals: 'published' } }],
}

/** What the public may read: published FAQs and articles on a public channel, nothing internal. */
export const publicKnowledgeWhere: Where = {
  and: [
    liveKnowledgeWhere,
    { kind: { in: [...PUBLIC_KINDS] } },
    { channels: { in: [...PUBLIC_CHANNELS] } },
  ],
}

/** What an agent reads: published items on the agents' channel visible in their area. */
export function agentKnowledgeWhere(area: ReaderArea): Where {
  return {
    and: [liveKnowledgeWhere, { channels: { in: ['agent_kb'] } }, areaVisibilityWhere(area)],
  }
}

export function readKnowledgeWhere(user: Actor | null | undefined): Where | true {
  if (!user) return publicKnowledgeWhere
  const scope = actorScope(user)
  if (!scope) return publicKnowledgeWhere
  const asReader = agentKnowledgeWhere({ province: scope.province, city: scope.city })
  const asWorker = contentWorkerWhere(user)
  if (asWorker === true) return true
  return asWorker ? { or: [asReader, asWorker] } : asReader
}

/**
 * Versions (drafts included) are for the content workers of the owner's subtree; agents and the
 * public read only what is live, through `read`.
 */
export const readKnowledgeVersionsWhere = (user: Actor | null | undefined): Where | boolean =>
  contentWorkerWhere(user, VERSION_OWNER_SCOPE_FIELDS)

/** Editors write their own unit's items; admins those of their subtree. */
export function updateKnowledgeWhere(user: Actor | null | undefined): Where | boolean {
  if (isAdmin(user)) return contentWorkerWhere(user)
  if (hasRole(user, 'editor') && user?.orgCode) return { ownerCode: { equals: user.orgCode } }
  return false
}

/** Only items never published may be deleted; what was live is archived instead (audit trail). */
export function deleteKnowledgeWhere(user: Actor | null | undefined): Where | boolean {
  const own = updateKnowledgeWhere(user)
  if (own === false) return false
  const neverPublished: Where = { workflowState: { in: ['draft'] } }
  return own === true ? neverPublished : { and: [own, neverPublished] }
}

export const canCreateKnowledge = (user: Actor | null | undefined) =>
  hasRole(user, 'editor') || isAdmin(user)

/** Internal fields (contact person, workflow internals) are for signed-in staff only. */
export const canReadInternalFields = (user: Actor | null | undefined) =>
  Boolean(user) && (worksOnContent(user) || hasRole(user, 'agent'))
