import type { Access, Where } from 'payload'

import { worksOnContent } from '@access/knowledgeScope'
import { type Actor, hasRole, isAdmin, isAuthenticated } from '@access/roles'

/** The item's owner unit handles the report: its content workers, not the agents beside them. */
export const handlesFeedbackOf = (user: Actor | null | undefined): Where | null =>
  user?.orgCode && worksOnContent(user) ? { ownerCode: { equals: user.orgCode } } : null

/** Readable by the reporter and by the owner unit only. */
export const readFeedback: Access = ({ req }) => {
  const user = req.user
  if (!isAuthenticated(user)) return false
  const own: Where = { reporter: { equals: user.id } }
  const handled = handlesFeedbackOf(user)
  return handled ? { or: [own, handled] } : own
}

/** Anyone signed in may report; the hook checks they can read the item. */
export const createFeedback: Access = ({ req }) => isAuthenticated(req.user)

/** The owner unit's editors and admins move a report along (status, reply). */
export const updateFeedback: Access = ({ req }) => {
  const user = req.user
  if (!(hasRole(user, 'editor') || isAdmin(user)) || !user?.orgCode) return false
  return { ownerCode: { equals: user.orgCode } }
}
