import type { Access, FieldAccess } from 'payload'

import { actorScope, subtreeWhere } from '@access/orgScope'
import { type Actor, isAdmin } from '@access/roles'
import { canChangeAssignment } from '@access/users'

const USER_SCOPE_FIELDS = { province: 'orgProvince', city: 'orgCity' }

/** Signed-in users read the users of their own subtree. */
export const readUserAccess: Access = ({ req }) => {
  const scope = actorScope(req.user as Actor | null)
  return scope ? subtreeWhere(scope, USER_SCOPE_FIELDS) : false
}

/** Only admins create users; where the new user may be placed is checked by `enforceUserAssignment`. */
export const createUserAccess: Access = ({ req }) => isAdmin(req.user as Actor | null)

/** Admins update users in their subtree; everyone else only their own account. */
export const updateUserAccess: Access = ({ req }) => {
  const user = req.user as Actor | null
  if (!user) return false
  const scope = actorScope(user)
  if (isAdmin(user) && scope) return subtreeWhere(scope, USER_SCOPE_FIELDS)
  return { id: { equals: user.id } }
}

/** Admins delete users in their subtree, but never themselves. */
export const deleteUserAccess: Access = ({ req }) => {
  const user = req.user as Actor | null
  const scope = actorScope(user)
  if (!isAdmin(user) || !scope) return false
  const subtree = subtreeWhere(scope, USER_SCOPE_FIELDS)
  const notSelf = { id: { not_equals: user!.id } }
  return subtree === true ? notSelf : { and: [subtree, notSelf] }
}

/** Roles and org unit are read-only in the form for anyone who may not reassign this user. */
export const assignmentFieldAccess: FieldAccess = ({ req, id }) =>
  canChangeAssignment(req.user as Actor | null, id === undefined ? undefined : String(id))
