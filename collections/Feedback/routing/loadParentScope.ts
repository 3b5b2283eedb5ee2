import type { PayloadRequest } from 'payload'

import type { OrgScope } from '@/domain/orgTree'
import { orgScopeOf } from '@/lib/loadOrgScope'

/** The unit one tier above the unit coded `code` (a city's province, a province's HQ); null at HQ. */
export async function loadParentScope(req: PayloadRequest, code: string): Promise<OrgScope | null> {
  const { docs } = await req.payload.find({
    collection: 'org-units',
    where: { code: { equals: code } },
    depth: 1,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const parent = docs[0]?.parent
  if (!parent || typeof parent !== 'object') return null
  return orgScopeOf(parent)
}
