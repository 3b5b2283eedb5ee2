import { APIError, type CollectionBeforeOperationHook } from 'payload'

/**
 * Restoring a version is an edit. With `draft` (the admin's “恢复为草稿”) Payload adds a draft
 * version, which goes through review like any other; without it Payload writes the version over
 * the live row. That is refused when the item is live (a draft version would take it offline
 * with no review event and a stale search entry) or the version is a published one (it would
 * publish outside the workflow). Restoring over an item that is not live stays a plain edit.
 */
export const checkVersionRestore: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'restoreVersion' || args.draft) return args
  const version = await req.payload.findVersionByID({
    collection: 'knowledge',
    id: String((args as { id?: string }).id),
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!version) return args // Payload answers 404
  const live = await req.payload.findByID({
    collection: 'knowledge',
    id: String(version.parent),
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
    select: { _status: true },
  })
  if (live?._status === 'published' || version.version._status === 'published') {
    throw new APIError(
      '已发布的条目只能把历史版本恢复为草稿，审核通过后替换线上版本',
      400,
      null,
      true,
    )
  }
  return args
}
