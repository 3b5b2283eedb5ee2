import type { CollectionBeforeChangeHook } from 'payload'

import type { ServiceActivity } from '@/payload-types'

/**
 * Fields only the server writes (the jobs through saveServerOwnedFields, closing through its
 * endpoint); a form's values are dropped.
 */
const SERVER_FIELDS = [
  'status',
  'heldReason',
  'wentLiveAt',
  'warnings',
  'closingReview',
  'followedProcess',
  'closedBy',
  'closedAt',
] as const

/**
 * Keeps what the server owns: the go-live outcome, the warnings given, and 放行 — the owner letting the approved part
 * of a held bundle go live without the rest — recorded with who chose it and when, from the
 * session, never from the form.
 */
export const keepServerOwnedFields: CollectionBeforeChangeHook<ServiceActivity> = ({
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const next: Partial<ServiceActivity> = { ...data }
  if (!context.serverOwnedWrite)
    for (const field of SERVER_FIELDS)
      (next as Record<string, unknown>)[field] =
        operation === 'create' ? undefined : originalDoc?.[field]
  const wasReleased = Boolean(originalDoc?.releaseApproved)
  const released = data.releaseApproved ?? wasReleased
  if (released && !wasReleased) {
    next.releasedBy = req.user?.id ?? null
    next.releasedAt = new Date().toISOString()
  } else {
    next.releasedBy = released ? (originalDoc?.releasedBy ?? null) : null
    next.releasedAt = released ? (originalDoc?.releasedAt ?? null) : null
  }
  return next
}
