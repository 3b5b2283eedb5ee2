import type { Field } from 'payload'

import { ORG_LEVELS } from '@/domain/orgTree'

/**
 * A unit's level and codes copied beside a document (`owner…`) or a user (`org…`), so that access
 * and visibility filter on indexed columns instead of joining the org tree. Hooks fill them; nobody
 * types them. The level stays a text column and is typed as the domain's OrgLevel, so a user or an
 * item is an access predicate's Actor / a domain OrgScope without a cast. Hidden in the admin
 * unless `shownInSidebar` (feedback shows where it came from and who holds it now).
 */
export function scopeCodeFields(
  prefix: 'owner' | 'org' | 'handler',
  shownInSidebar = false,
): Field[] {
  const whose = prefix === 'handler' ? '处理' : '归属'
  const admin = shownInSidebar
    ? ({ readOnly: true, position: 'sidebar' } as const)
    : ({ readOnly: true, hidden: true } as const)
  return [
    {
      name: `${prefix}Level`,
      type: 'text',
      index: true,
      admin,
      label: { zh: `${whose}层级`, en: 'Level' },
      typescriptSchema: [() => ({ oneOf: [{ type: 'null' }, { enum: [...ORG_LEVELS] }] })],
    },
    {
      name: `${prefix}Code`,
      type: 'text',
      index: true,
      admin,
      label: { zh: `${whose}单位`, en: 'Unit' },
    },
    {
      name: `${prefix}Province`,
      type: 'text',
      index: true,
      admin,
      label: { zh: `${whose}省`, en: 'Province' },
    },
    {
      name: `${prefix}City`,
      type: 'text',
      index: true,
      admin,
      label: { zh: `${whose}地市`, en: 'City' },
    },
  ]
}

/**
 * The owner unit of a document (set by `assignOwnerUnit`) and its codes. `whose` says in the admin
 * whose unit it is: the author's, the uploader's.
 */
export function ownerScopeFields(whose: { zh: string; en: string }): Field[] {
  return [
    {
      name: 'ownerUnit',
      type: 'relationship',
      relationTo: 'org-units',
      label: { zh: '所属单位', en: 'Owner unit' },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: { zh: `由${whose.zh}所在单位决定`, en: `The ${whose.en}'s unit` },
      },
    },
    ...scopeCodeFields('owner'),
  ]
}
