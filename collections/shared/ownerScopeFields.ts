import type { Field } from 'payload'

/**
 * The owner unit of a document and the unit's codes copied beside it (by `assignOwnerUnit`), so
 * that access and visibility filter on indexed columns instead of joining the org tree. `whose`
 * says in the admin whose unit it is: the author's, the uploader's.
 */
export function ownerScopeFields(whose: { zh: string; en: string }): Field[] {
  const derived = { readOnly: true, hidden: true } as const
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
    { name: 'ownerLevel', type: 'text', index: true, admin: derived },
    { name: 'ownerCode', type: 'text', index: true, admin: derived },
    { name: 'ownerProvince', type: 'text', index: true, admin: derived },
    { name: 'ownerCity', type: 'text', index: true, admin: derived },
  ]
}
