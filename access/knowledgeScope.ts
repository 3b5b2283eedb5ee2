import type { Where } from 'payload'

import { actorScope, type ScopeFields, subtreeWhere } from './orgScope'
import { type Actor, hasRole } from './roles'

/** Field names under which knowledge items (and their audit records) store their owner's codes. */
export const OWNER_SCOPE_FIELDS = { province: 'ownerProvince', city: 'ownerCity' }

/** The same codes in a knowledge item's version rows, which keep the item under `version.`. */
export const VERSION_OWNER_SCOPE_FIELDS = {
  province: 'version.ownerProvince',
  city: 'version.ownerCity',
}

/** Roles that work on content (as opposed to agents, who only read what is published). */
export const CONTENT_ROLES = ['admin', 'editor', 'reviewer', 'compliance'] as const

export const worksOnContent = (user: Actor | null | undefined): boolean =>
  CONTENT_ROLES.some((role) => hasRole(user, role))

/**
 * The items a content worker may see in any state: those owned inside their subtree. A province
 * reviewer thereby sees its cities' submissions, which it reviews. `fields` names the owner codes
 * in the documents queried (items, or their versions).
 */
export function contentWorkerWhere(
  user: Actor | null | undefined,
  fields: ScopeFields = OWNER_SCOPE_FIELDS,
): Where | boolean {
  const scope = actorScope(user)
  if (!scope || !worksOnContent(user)) return false
  return subtreeWhere(scope, fields)
}
