import type { Where } from 'payload'

import { type OrgScope, scopeContains } from '@/domain/orgTree'
import type { Actor } from './roles'

/** The org scope a user acts in, from the fields copied onto the user from their org unit. */
export function actorScope(user: Actor | null | undefined): OrgScope | null {
  if (!user?.orgLevel || !user.orgCode) return null
  return {
    level: user.orgLevel,
    code: user.orgCode,
    province: user.orgProvince ?? null,
    city: user.orgCity ?? null,
  }
}

/** Field names under which a collection stores the owner's province and city codes. */
export type ScopeFields = { province: string; city: string }

/**
 * A query constraint selecting documents inside `scope`'s subtree; `true` means no constraint
 * (headquarters sees the whole tree). Mirrors `scopeContains` for database queries.
 */
export function subtreeWhere(scope: OrgScope, fields: ScopeFields): Where | true {
  switch (scope.level) {
    case 'hq':
      return true
    case 'province':
      return { [fields.province]: { equals: scope.province } }
    case 'city':
      return { [fields.city]: { equals: scope.city } }
  }
}

/** Whether the actor's own unit contains `target` (so the actor is at the same tier or above it). */
export function actorContains(user: Actor | null | undefined, target: OrgScope): boolean {
  const scope = actorScope(user)
  return scope !== null && scopeContains(scope, target)
}
