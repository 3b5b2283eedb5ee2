import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { SEARCH_QUEUE } from '@search/sync/syncSearchIndexTask'
import type { Glossary } from '@/payload-types'

async function queueRebuild(req: PayloadRequest) {
  // Bulk loads (the seed) skip this and leave indexing to the items' own sync jobs.
  if (req.context.skipSearchSync) return
  await req.payload.jobs.queue({
    task: 'rebuildSearchIndexes',
    input: {},
    queue: SEARCH_QUEUE,
    req,
  })
}

/** A changed term or synonym changes segmentation and synonyms: rebuild the indexes. */
export const queueSearchRebuildAfterChange: CollectionAfterChangeHook<Glossary> = async ({
  doc,
  req,
}) => {
  await queueRebuild(req)
  return doc
}

export const queueSearchRebuildAfterDelete: CollectionAfterDeleteHook<Glossary> = async ({
  doc,
  req,
}) => {
  await queueRebuild(req)
  return doc
}
