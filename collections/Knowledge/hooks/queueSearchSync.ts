import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { enqueueSearchSync } from '@search/sync/enqueueSearchSync'
import type { Knowledge } from '@/payload-types'

/**
 * Whenever a change may touch what is live (publish, withdraw, expiry, a republished owner or
 * channel), queue an index sync. Saves of a draft that was never live cannot, so they queue nothing.
 */
export const queueSearchSyncAfterChange: CollectionAfterChangeHook<Knowledge> = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (doc._status === 'published' || previousDoc?._status === 'published') {
    await enqueueSearchSync(req, doc.id)
  }
  return doc
}

export const queueSearchSyncAfterDelete: CollectionAfterDeleteHook<Knowledge> = async ({
  doc,
  req,
}) => {
  await enqueueSearchSync(req, doc.id)
  return doc
}
