import type { RelationshipFieldValidation } from 'payload'
import { relationship } from 'payload/shared'

import { relationId } from '@/lib/relationId'

/**
 * Payload's relationship validation, and the documents named must exist: Payload checks only the
 * id's type, and the database refuses a dangling reference with a 500 (SQL) or keeps it (MongoDB).
 */
export const existingRelations: RelationshipFieldValidation = async (value, options) => {
  const valid = await relationship(value, options)
  if (valid !== true || !value || typeof options.relationTo !== 'string') return valid
  const ids = [...new Set((Array.isArray(value) ? value : [value]).map(relationId))].filter(
    (id): id is string => id !== null,
  )
  if (!ids.length) return true
  const { docs } = await options.req.payload.find({
    collection: options.relationTo,
    where: { id: { in: ids } },
    depth: 0,
    pagination: false,
    select: {},
    overrideAccess: true,
    req: options.req,
  })
  const found = new Set(docs.map((doc) => String(doc.id)))
  const missing = ids.filter((id) => !found.has(id))
  return missing.length ? `所选项不存在：${missing.join('、')}` : true
}
