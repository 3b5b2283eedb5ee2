import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { buildOrgScope, deriveOrgLevel, OrgRuleError, validateOrgCode } from '@/domain/orgTree'
import { loadOrgScope, orgUnitId } from '@/lib/loadOrgScope'
import type { OrgUnit } from '@/payload-types'

/**
 * Derives level, province and city from the parent, and enforces the tree's rules:
 * three tiers, GB/T 2260 code shapes, exactly one headquarters.
 */
export const deriveOrgUnitFields: CollectionBeforeChangeHook<OrgUnit> = async ({
  data,
  originalDoc,
  req,
}) => {
  const parentRef = data.parent !== undefined ? data.parent : originalDoc?.parent
  const code = (data.code ?? originalDoc?.code ?? '').trim()
  const fail = (message: string, path: string): never => {
    throw new ValidationError({ collection: 'org-units', errors: [{ message, path }], req })
  }

  const parent = await loadOrgScope(req, parentRef)
  if (orgUnitId(parentRef) !== null && !parent) fail('上级单位不存在', 'parent')

  try {
    const level = deriveOrgLevel(parent?.level ?? null)
    validateOrgCode(code, level, parent?.code ?? null)
    if (level === 'hq') {
      const otherHq = await req.payload.count({
        collection: 'org-units',
        where: {
          and: [
            { level: { equals: 'hq' } },
            ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
          ],
        },
        req,
        overrideAccess: true,
      })
      if (otherHq.totalDocs > 0) fail('总部只能有一个：请为该单位选择上级单位', 'parent')
    }
    const scope = buildOrgScope(level, code, parent)
    return { ...data, code, level, province: scope.province, city: scope.city }
  } catch (error) {
    if (error instanceof OrgRuleError) fail(error.message, error.field)
    throw error
  }
}
