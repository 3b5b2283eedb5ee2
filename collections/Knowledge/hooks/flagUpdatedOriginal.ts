import type { FieldHook } from 'payload'

import { worksOnContent } from '@access/knowledgeScope'
import type { Knowledge } from '@/payload-types'

/**
 * “原条目已更新”: true when the item a local variant replaces was published again after the
 * variant itself, so the variant's owner should check what changed. Computed on read for staff
 * (one lookup per variant), never stored, so it cannot go stale.
 */
export const flagUpdatedOriginal: FieldHook<Knowledge, boolean | null> = async ({ data, req }) => {
  if (!data?.overrides || !data.publishedAt || !worksOnContent(req.user)) return null
  const originalId = typeof data.overrides === 'object' ? data.overrides.id : data.overrides
  const original = await req.payload.findByID({
    collection: 'knowledge',
    id: originalId,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
    select: { publishedAt: true },
  })
  return Boolean(
    original?.publishedAt && new Date(original.publishedAt) > new Date(data.publishedAt),
  )
}
