import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { mayLocalise } from '@/domain/visibility'
import { loadOrgScope } from '@/lib/loadOrgScope'
import type { Knowledge } from '@/payload-types'

/** A local variant may only point at an item of HQ or of its own province (runs after the owner is set). */
export const checkOverrideTarget: CollectionBeforeChangeHook<Knowledge> = async ({ data, req }) => {
  const targetId = typeof data.overrides === 'object' ? data.overrides?.id : data.overrides
  if (!targetId) return data
  const fail = (message: string): never => {
    throw new ValidationError({
      collection: 'knowledge',
      errors: [{ message, path: 'overrides' }],
      req,
    })
  }
  const original = await req.payload.findByID({
    collection: 'knowledge',
    id: targetId,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!original) return fail('被本地化的原条目不存在')
  const [variantOwner, originalOwner] = await Promise.all([
    loadOrgScope(req, data.ownerUnit),
    loadOrgScope(req, original.ownerUnit),
  ])
  if (!variantOwner || !originalOwner || !mayLocalise(variantOwner, originalOwner)) {
    fail('只能本地化总部或本省的条目')
  }
  return data
}
