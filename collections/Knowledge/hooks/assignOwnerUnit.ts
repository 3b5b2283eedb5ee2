import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { loadOrgScope } from '@/lib/loadOrgScope'
import type { Knowledge } from '@/payload-types'

/**
 * The owner is the author's unit, never a value from the form; imports and seeds without a user
 * name it explicitly. It does not change afterwards, and its codes are copied for access queries.
 */
export const assignOwnerUnit: CollectionBeforeChangeHook<Knowledge> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const ownerRef =
    operation === 'create'
      ? ((req.user as { orgUnit?: Knowledge['ownerUnit'] } | null)?.orgUnit ?? data.ownerUnit)
      : originalDoc?.ownerUnit
  const owner = await loadOrgScope(req, ownerRef)
  if (!owner) {
    throw new ValidationError({
      collection: 'knowledge',
      errors: [{ message: '条目必须属于一个组织单位', path: 'ownerUnit' }],
      req,
    })
  }
  return {
    ...data,
    ownerUnit: typeof ownerRef === 'object' && ownerRef ? ownerRef.id : ownerRef,
    ownerLevel: owner.level,
    ownerCode: owner.code,
    ownerProvince: owner.province,
    ownerCity: owner.city,
  }
}
