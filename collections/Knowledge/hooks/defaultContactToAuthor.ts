import type { CollectionBeforeChangeHook } from 'payload'

import type { Knowledge } from '@/payload-types'

/**
 * 联系人制度: every item needs a contact person before it is submitted. A new item written by
 * someone names them unless the author chose another; the editor may change it like any field.
 */
export const defaultContactToAuthor: CollectionBeforeChangeHook<Knowledge> = ({
  data,
  operation,
  req,
}) =>
  operation === 'create' && !data.contact && req.user ? { ...data, contact: req.user.id } : data
