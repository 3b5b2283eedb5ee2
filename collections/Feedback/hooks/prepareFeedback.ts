import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { feedbackProblem, type FeedbackKind } from '@/domain/feedback'
import type { Feedback } from '@/payload-types'
import { relationId } from '@/lib/relationId'

const FILED_FIELDS = [
  'kind',
  'item',
  'itemTitle',
  'rating',
  'text',
  'reporter',
  'ownerLevel',
  'ownerCode',
  'ownerProvince',
  'ownerCity',
] as const

/**
 * On a new report: the reporter is whoever is signed in, the item must be one they can read, and
 * the report is routed to the item's owner unit (its codes copied for access). It starts as `new`.
 */
export const prepareFeedback: CollectionBeforeChangeHook<Feedback> = async ({
  data,
  operation,
  req,
  originalDoc,
}) => {
  if (operation === 'update') {
    // Only the handling fields change after filing; what was reported stays as reported.
    const filed = Object.fromEntries(
      FILED_FIELDS.map((field) => [field, originalDoc?.[field] ?? null]),
    )
    return {
      ...data,
      ...filed,
      status: data.status ?? originalDoc?.status,
      reply: data.reply ?? originalDoc?.reply,
      handledBy: req.user?.id ?? originalDoc?.handledBy,
    }
  }
  if (!req.user) throw new APIError('请先登录', 401, null, true)
  const problem = feedbackProblem({
    kind: data.kind as FeedbackKind,
    rating: data.rating,
    text: data.text,
  })
  if (problem) throw new APIError(problem, 400, null, true)
  const itemId = relationId(data.item)
  const { docs } = itemId
    ? await req.payload.find({
        collection: 'knowledge',
        where: { id: { equals: itemId } },
        depth: 0,
        limit: 1,
        overrideAccess: false,
        user: req.user,
        req,
      })
    : { docs: [] }
  const item = docs[0]
  if (!item) throw new APIError('条目不存在或无权查看', 400, null, true)
  return {
    ...data,
    reporter: req.user.id,
    status: 'new',
    reply: null,
    itemTitle: item.title,
    ownerLevel: item.ownerLevel,
    ownerCode: item.ownerCode,
    ownerProvince: item.ownerProvince,
    ownerCity: item.ownerCity,
  }
}
