import type { PayloadRequest } from 'payload'

import { type OrgLevel, type OrgScope } from '@/domain/orgTree'
import type { OrgUnit } from '@/payload-types'

type OrgUnitRef = string | { id: string } | null | undefined

export const orgUnitId = (ref: OrgUnitRef): string | null =>
  ref === null || ref === undefined ? null : typeof ref === 'object' ? ref.id : ref

/** Reads an org unit's scope inside the caller's transaction; null when there is no such unit. */
export async function loadOrgScope(req: PayloadRequest, ref: OrgUnitRef): Promise<OrgScope | null> {
  const id = orgUnitId(ref)
  if (id === null) return null
  const unit = await req.payload.findByID({
    collection: 'org-units',
    id,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  return unit ? orgScopeOf(unit) : null
}

/** An org unit's scope, from the fields its hook derives. */
export const orgScopeOf = (unit: OrgUnit): OrgScope => ({
  level: unit.level as OrgLevel,
  code: unit.code,
  province: unit.province ?? null,
  city: unit.city ?? null,
})
