import type { Access } from 'payload'

import { actorScope, subtreeWhere } from '@access/orgScope'
import { isAdmin } from '@access/roles'

/** Admins read the searches made in their subtree (the searcher's province and city). */
export const readSearchQueries: Access = ({ req }) => {
  const user = req.user
  const scope = actorScope(user)
  if (!isAdmin(user) || !scope) return false
  return subtreeWhere(scope, { province: 'province', city: 'city' })
}
