import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { loadOrgScope, orgUnitId } from '@/lib/loadOrgScope'

type OrgUnitRef = Parameters<typeof orgUnitId>[0]

/**
 * The owner of a knowledge item or an image is its author's unit, never a value from the form;
 * imports and seeds without a user name it explicitly. It does not change afterwards, and its codes
 * are copied beside it for access queries (OWNER_SCOPE_FIELDS).
 */
export const assignOwnerUnit: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const ownerRef: OrgUnitRef =
    operation === 'create'
      ? ((req.user as { orgUnit?: OrgUnitRef } | null)?.orgUnit ?? data.ownerUnit)
      : originalDoc?.ownerUnit
  const owner = await loadOrgScope(req, ownerRef)
  if (!owner) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ message: '必须属于一个组织单位', path: 'ownerUnit' }],
      req,
    })
  }
  return {
    ...data,
    ownerUnit: orgUnitId(ownerRef),
    ownerLevel: owner.level,
    ownerCode: owner.code,
    ownerProvince: owner.province,
    ownerCity: owner.city,
  }
}
