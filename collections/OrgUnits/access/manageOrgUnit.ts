import type { Access } from 'payload'

import { actorContains, actorScope, subtreeWhere } from '@access/orgScope'
import { isAdmin } from '@access/roles'
import { loadOrgScope } from '@/lib/loadOrgScope'

/** An admin creates units under a parent inside their own subtree; only HQ's admin adds the root. */
export const createOrgUnitAccess: Access = async ({ req, data }) => {
  const user = req.user
  if (!isAdmin(user)) return false
  if (!data) return true
  const parent = await loadOrgScope(req, data.parent)
  if (!parent) return actorScope(user)?.level === 'hq'
  return actorContains(user, parent)
}

/** An admin updates or deletes units in their own subtree. */
export const manageOrgUnitAccess: Access = ({ req }) => {
  const user = req.user
  const scope = actorScope(user)
  if (!isAdmin(user) || !scope) return false
  return subtreeWhere(scope, { province: 'province', city: 'city' })
}
