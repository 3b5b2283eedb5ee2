import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { actorScope, subtreeWhere } from '@access/orgScope'
import { type Actor, isAdmin, isAuthenticated } from '@access/roles'
import { canChangeAssignment } from '@access/users'

const USER_SCOPE_FIELDS = { province: 'orgProvince', city: 'orgCity' }

/** The users an admin manages: those of their subtree. Nobody else manages users. */
const administeredUsers = (user: Actor | null): Where | boolean => {
  const scope = actorScope(user)
  return isAdmin(user) && scope ? subtreeWhere(scope, USER_SCOPE_FIELDS) : false
}

/** Signed-in users read the users of their own subtree. */
export const readUserAccess: Access = ({ req }) => {
  const scope = actorScope(req.user)
  return scope ? subtreeWhere(scope, USER_SCOPE_FIELDS) : false
}

/** Only admins create users; where the new user may be placed is checked by `enforceUserAssignment`. */
export const createUserAccess: Access = ({ req }) => isAdmin(req.user)

/** Admins update users in their subtree; everyone else only their own account. */
export const updateUserAccess: Access = ({ req }) => {
  const user = req.user
  if (!user) return false
  const administered = administeredUsers(user)
  return administered === false ? { id: { equals: user.id } } : administered
}

/** Admins delete users in their subtree, but never themselves. */
export const deleteUserAccess: Access = ({ req }) => {
  const user = req.user
  const subtree = administeredUsers(user)
  if (subtree === false) return false
  const notSelf = { id: { not_equals: user!.id } }
  return subtree === true ? notSelf : { and: [subtree, notSelf] }
}

/**
 * Admins unlock the accounts of their subtree. Payload's unlock gets no target id: it adds the
 * e-mail to this query, so a user outside it is "not found" (403) and stays locked.
 */
export const unlockUserAccess: Access = ({ req }) => administeredUsers(req.user)

/** Every signed-in staff member uses the admin panel (agents read their unit's users there). */
export const adminPanelAccess = ({ req }: { req: PayloadRequest }): boolean =>
  isAuthenticated(req.user)

/** Roles and org unit are read-only in the form for anyone who may not reassign this user. */
export const assignmentFieldAccess: FieldAccess = ({ req, id }) =>
  canChangeAssignment(req.user, id === undefined ? undefined : String(id))
