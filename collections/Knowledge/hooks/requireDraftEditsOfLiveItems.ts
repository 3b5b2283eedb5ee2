import { APIError, type CollectionBeforeOperationHook } from 'payload'

/**
 * Editing a live item must save a draft (`?draft=true`, the admin's “保存草稿”): a plain update
 * would replace the live version before review.
 */
export const requireDraftEditsOfLiveItems: CollectionBeforeOperationHook = async ({
  args,
  context,
  operation,
  req,
}) => {
  if (operation !== 'update' || context.workflowTransition || args.draft) return args
  const id = (args as { id?: string }).id
  if (!id) return args
  const live = await req.payload.findByID({
    collection: 'knowledge',
    id,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  if (live?._status === 'published') {
    throw new APIError('已发布的条目请保存为草稿修改，审核通过后替换线上版本', 400, null, true)
  }
  return args
}
