import type { CollectionBeforeChangeHook } from 'payload'

import { mediaIdsIn } from '@/richtext/mediaReferences'
import type { Knowledge } from '@/payload-types'

/**
 * Keeps the ids of the images the body shows beside it (space-separated), so the images of live
 * items can be found with a query (Media refuses to replace or delete them) instead of by reading
 * every body. Never taken from the request: an update without a body keeps the stored list.
 */
export const recordMediaIds: CollectionBeforeChangeHook<Knowledge> = ({ data, operation }) => {
  if (operation === 'update' && data.body === undefined) {
    const { mediaIds: _sent, ...kept } = data
    return kept
  }
  return { ...data, mediaIds: mediaIdsIn(data.body).join(' ') }
}
