import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { forgetCategoryNames } from '@search/api/categoryNames'
import type { Category } from '@/payload-types'

/** Search facets read category names from a cache: a renamed or new category shows at once. */
export const forgetCachedCategoryNames: CollectionAfterChangeHook<Category> = ({ doc, req }) => {
  forgetCategoryNames(req.payload)
  return doc
}

export const forgetCachedCategoryNamesOnDelete: CollectionAfterDeleteHook<Category> = ({
  doc,
  req,
}) => {
  forgetCategoryNames(req.payload)
  return doc
}
