import type { PayloadRequest } from 'payload'

import { notify } from '@collections/Notifications/notify'
import { relationId } from '@/lib/relationId'
import { staleReviewWhere } from '../workflow/staleReviewWhere'

/** How many due items one run reminds about; the next run takes the rest. */
const BATCH = 500

/**
 * 更新制度: the contact person of each live item past its review date is told once per due date
 * (a reminder already sent since that date is not repeated). Returns the ids reminded about.
 */
export async function remindDueReviews(req: PayloadRequest, at: Date): Promise<string[]> {
  const { docs } = await req.payload.find({
    collection: 'knowledge',
    where: { and: [staleReviewWhere(at), { contact: { exists: true } }] },
    select: { title: true, contact: true, nextReviewAt: true },
    sort: 'nextReviewAt',
    depth: 0,
    limit: BATCH,
    overrideAccess: true,
    req,
  })
  const reminded: string[] = []
  for (const item of docs) {
    const contact = relationId(item.contact)
    const link = `/admin/collections/knowledge/${item.id}`
    if (!contact || !item.nextReviewAt) continue
    const { totalDocs } = await req.payload.count({
      collection: 'notifications',
      where: {
        recipient: { equals: contact },
        event: { equals: 'item_due_review' },
        link: { equals: link },
        createdAt: { greater_than_equal: item.nextReviewAt },
      },
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0) continue
    await notify(req, [contact], {
      event: 'item_due_review',
      title: `待复核：${item.title}`,
      body: `复核日期 ${item.nextReviewAt.slice(0, 10)} 已到。内容仍有效请点“复核确认”；需要修改请编辑后提交审核。`,
      link,
    })
    reminded.push(item.id)
  }
  return reminded
}
