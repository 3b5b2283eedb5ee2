import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { channelsProblem } from '@/domain/channels'
import type { Knowledge } from '@/payload-types'

/** Enforced on drafts too (Payload skips field validation for drafts): internal kinds stay internal. */
export const checkChannelsForKind: CollectionBeforeChangeHook<Knowledge> = ({
  data,
  originalDoc,
  req,
}) => {
  const problem = channelsProblem(
    data.kind ?? originalDoc?.kind,
    data.channels ?? originalDoc?.channels,
  )
  if (problem) {
    throw new ValidationError({
      collection: 'knowledge',
      errors: [{ message: problem, path: 'channels' }],
      req,
    })
  }
  return data
}
