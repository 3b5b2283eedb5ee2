import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { relationId } from '@/lib/relationId'
import type { Knowledge } from '@/payload-types'
import { enqueueSearchSync } from '../sync/enqueueSearchSync'

/**
 * Whenever a change may touch what is live (publish, withdraw, expiry, a republished owner or
 * channel), queue an index sync. Saves of a draft that was never live cannot, so they queue nothing.
 * A local variant's change queues its original too: where the variant is live it hides the original
 * (`overriddenIn`, which the workflow rewrites past the hooks, in this same transaction).
 */
export const queueSearchSyncAfterChange: CollectionAfterChangeHook<Knowledge> = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (doc._status === 'published' || previousDoc?._status === 'published') {
    await enqueueSearchSync(req, doc.id)
    const original = relationId(doc.overrides)
    if (original) await enqueueSearchSync(req, original)
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
