import type { Where } from 'payload'

import { actorScope, subtreeWhere } from './orgScope'
import { type Actor, hasRole } from './roles'

/** Field names under which knowledge items (and their audit records) store their owner's codes. */
export const OWNER_SCOPE_FIELDS = { province: 'ownerProvince', city: 'ownerCity' }

/** Roles that work on content (as opposed to agents, who only read what is published). */
export const CONTENT_ROLES = ['admin', 'editor', 'reviewer', 'compliance'] as const

export const worksOnContent = (user: Actor | null | undefined): boolean =>
  CONTENT_ROLES.some((role) => hasRole(user, role))

/**
 * The items a content worker may see in any state: those owned inside their subtree. A province
 * reviewer thereby sees its cities' submissions, which it reviews.
 */
export function contentWorkerWhere(user: Actor | null | undefined): Where | boolean {
  const scope = actorScope(user)
  if (!scope || !worksOnContent(user)) return false
  return subtreeWhere(scope, OWNER_SCOPE_FIELDS)
}
