import { APIError, type CollectionBeforeChangeHook } from 'payload'

import type { Knowledge } from '@/payload-types'

/**
 * Workflow fields change only through the workflow service (`context.workflowTransition`).
 * Any other save is an edit: it is refused while the item is in review, and otherwise makes the
 * saved version a draft by the current user; publishing directly is refused.
 */
export const protectWorkflowFields: CollectionBeforeChangeHook<Knowledge> = ({
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (context.workflowTransition) return data
  if (data._status === 'published') {
    throw new APIError('条目须经审核流程发布，不能直接发布', 403, null, true)
  }
  if (operation === 'update' && originalDoc?.workflowState === 'in_review') {
    throw new APIError('审核中的条目不能修改：请先撤回到草稿', 409, null, true)
  }
  return {
    ...data,
    workflowState: 'draft',
    reviewStep: null,
    submittedBy: null,
    workflowRevision: originalDoc?.workflowRevision ?? 0,
    lastEditedBy: req.user?.id ?? originalDoc?.lastEditedBy ?? null,
  }
}
