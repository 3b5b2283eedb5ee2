import type { CollectionBeforeChangeHook } from 'payload'

import type { Knowledge } from '@/payload-types'

/** The author is whoever created the item (kept for ever): they may never approve it. */
export const recordAuthor: CollectionBeforeChangeHook<Knowledge> = ({
  data,
  operation,
  originalDoc,
  req,
}) => ({
  ...data,
  author:
    operation === 'create' ? (req.user?.id ?? data.author ?? null) : (originalDoc?.author ?? null),
})
