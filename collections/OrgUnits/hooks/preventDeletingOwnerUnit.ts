import { APIError, type CollectionBeforeDeleteHook } from 'payload'

/** Collections and fields that point at an org unit as their owner, found from the config. */
function ownerReferences(req: Parameters<CollectionBeforeDeleteHook>[0]['req']) {
  return req.payload.config.collections.flatMap((collection) =>
    collection.flattenedFields
      .filter(
        (field) =>
          field.type === 'relationship' &&
          field.relationTo === 'org-units' &&
          !('hasMany' in field && field.hasMany),
      )
      .map((field) => ({ collection, field: field.name })),
  )
}

const labelOf = (label: unknown, lang: string): string => {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') {
    const byLang = label as Record<string, string>
    return byLang[lang] ?? byLang.zh ?? Object.values(byLang)[0] ?? ''
  }
  return ''
}

/**
 * Refuses to delete a unit that still owns anything (users, sub-units, and any collection added
 * later with an owner field), so no record is left pointing at nothing.
 */
export const preventDeletingOwnerUnit: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const inUse: string[] = []
  for (const { collection, field } of ownerReferences(req)) {
    const { totalDocs } = await req.payload.count({
      collection: collection.slug as 'org-units',
      where: { [field]: { equals: id } },
      req,
      overrideAccess: true,
    })
    if (totalDocs > 0) {
      const label =
        labelOf(collection.labels?.plural, req.i18n?.language ?? 'zh') || collection.slug
      inUse.push(`${totalDocs} 个${label}`)
    }
  }
  if (inUse.length > 0) {
    throw new APIError(
      `该单位仍拥有 ${inUse.join('、')}，不能删除；请先转移或删除它们`,
      409,
      null,
      true,
    )
  }
}
