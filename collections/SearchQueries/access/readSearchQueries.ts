import type { Access } from 'payload'

import { actorScope, subtreeWhere } from '@access/orgScope'
import { type Actor, isAdmin } from '@access/roles'

/** Admins read the searches made in their subtree (the searcher's province and city). */
export const readSearchQueries: Access = ({ req }) => {
  const user = req.user as Actor | null
  const scope = actorScope(user)
  if (!isAdmin(user) || !scope) return false
  return subtreeWhere(scope, { province: 'province', city: 'city' })
}
