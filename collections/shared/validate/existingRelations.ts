import type { RelationshipFieldValidation } from 'payload'
import { relationship } from 'payload/shared'

import { relationId } from '@/lib/relationId'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * Payload's relationship validation, and the documents named must exist: Payload checks only the
 * id's type, and the database refuses a dangling reference with a 500 (SQL) or keeps it (MongoDB).
 * On an adapter with UUID ids, an id that is no UUID names nothing and is never queried:
 * PostgreSQL refuses it with an error that also aborts the request's transaction.
 */
export const existingRelations: RelationshipFieldValidation = async (value, options) => {
  const valid = await relationship(value, options)
  if (valid !== true || !value || typeof options.relationTo !== 'string') return valid
  const ids = [...new Set((Array.isArray(value) ? value : [value]).map(relationId))].filter(
    (id): id is string => id !== null,
  )
  const uuidIds = (options.req.payload.db as { idType?: string }).idType === 'uuid'
  const queried = uuidIds ? ids.filter((id) => UUID.test(id)) : ids
  if (!ids.length) return true
  const { docs } = queried.length
    ? await options.req.payload.find({
        collection: options.relationTo,
        where: { id: { in: queried } },
        depth: 0,
        pagination: false,
        select: {},
        overrideAccess: true,
        req: options.req,
      })
    : { docs: [] }
  const found = new Set(docs.map((doc) => String(doc.id)))
  const missing = ids.filter((id) => !found.has(id))
  return missing.length ? `所选项不存在：${missing.join('、')}` : true
}
