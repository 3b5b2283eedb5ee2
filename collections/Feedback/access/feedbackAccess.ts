import type { Access, Where } from 'payload'

import { contentWorkerWhere } from '@access/knowledgeScope'
import { isAuthenticated } from '@access/roles'

/**
 * A report is read by its reporter, by those following it (reporters of duplicates merged into
 * it), and by content workers of the unit it came to first and of that unit's parent tiers. A
 * report only ever moves up from there, so that covers every unit it passed through and nobody
 * else: another city, another province's staff, the agents beside the reporter never see it.
 */
export const readFeedback: Access = ({ req }) => {
  const user = req.user
  if (!isAuthenticated(user)) return false
  const own: Where[] = [{ reporter: { equals: user.id } }, { followers: { in: [user.id] } }]
  const staff = contentWorkerWhere(user)
  if (staff === true) return true
  return { or: staff ? [...own, staff] : own }
}

/** Anyone signed in may report; the hook checks the item, the unit walked and the fields. */
export const createFeedback: Access = ({ req }) => isAuthenticated(req.user)

/**
 * Nobody edits a report through the API: the reporter's words stay as filed, and handling goes
 * through `POST /api/feedback/:id/handle`, which checks the actor against the unit holding it.
 */
export const nobody: Access = () => false
