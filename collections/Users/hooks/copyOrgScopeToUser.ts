import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { loadOrgScope } from '@/lib/loadOrgScope'
import type { User } from '@/payload-types'

/** Copies the unit's level and codes onto the user, so access checks need no extra query. */
export const copyOrgScopeToUser: CollectionBeforeChangeHook<User> = async ({
  data,
  originalDoc,
  req,
}) => {
  const scope = await loadOrgScope(req, data.orgUnit ?? originalDoc?.orgUnit)
  if (!scope) {
    throw new ValidationError({
      collection: 'users',
      errors: [{ message: '所属单位不存在', path: 'orgUnit' }],
      req,
    })
  }
  return {
    ...data,
    orgLevel: scope.level,
    orgCode: scope.code,
    orgProvince: scope.province,
    orgCity: scope.city,
  }
}
