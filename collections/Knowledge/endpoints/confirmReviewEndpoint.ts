import {
  APIError,
  commitTransaction,
  type Endpoint,
  initTransaction,
  killTransaction,
} from 'payload'

import { confirmReviewProblem, nextReviewDate } from '@/domain/reviewCycle'
import { now } from '@/lib/clock'
import { firstIssue } from '@/lib/errorResponse'
import { relationId } from '@/lib/relationId'
import { z } from '@/lib/zod'
import { actorOf, ownerScopeOf } from '../workflow/workflowItemOf'

const ConfirmRequest = z.object({
  note: z.string().max(2000, { message: 'note 不能超过 2000 字' }).nullish(),
})

/**
 * `POST /api/knowledge/:id/confirm-review` `{ note? }` → `{ nextReviewAt }`: 复核确认. The contact
 * person (or an editor or admin of the owner unit or above) confirms a live item still holds: its
 * next review moves a category cycle on, recorded in `review-events` with who and when. The
 * content is unchanged, so no version is written and a draft in progress stays the latest.
 */
export const confirmReviewEndpoint: Endpoint = {
  path: '/:id/confirm-review',
  method: 'post',
  handler: async (req) => {
    const user = req.user
    if (!user) throw new APIError('请先登录', 401, null, true)
    const body = ConfirmRequest.safeParse((await req.json?.().catch(() => undefined)) ?? {})
    if (!body.success) throw new APIError(firstIssue(body.error), 400, null, true)
    const ownsTransaction = await initTransaction(req)
    try {
      // The live version, read with the user's access (an item they cannot see is a 404).
      const item = await req.payload.findByID({
        collection: 'knowledge',
        id: String(req.routeParams?.id),
        depth: 1,
        overrideAccess: false,
        user,
        req,
      })
      const problem = confirmReviewProblem(
        {
          live: item._status === 'published' && item.workflowState === 'published',
          contactId: relationId(item.contact),
          owner: ownerScopeOf(item),
        },
        actorOf(user),
      )
      if (problem) throw new APIError(problem, 403, null, true)
      const at = now()
      const cycle = typeof item.category === 'object' ? item.category?.reviewCycleDays : null
      const nextReviewAt = nextReviewDate(at, cycle).toISOString()
      await req.payload.db.updateOne({
        collection: 'knowledge',
        id: item.id,
        data: { nextReviewAt },
        req,
      })
      await req.payload.create({
        collection: 'review-events',
        data: {
          transitionKey: `${item.id}:confirm:${at.toISOString()}`,
          item: item.id,
          itemTitle: item.title,
          action: 'confirm_review',
          from: 'published',
          to: 'published',
          actor: user.id,
          actorName: user.name ?? user.email,
          comment: body.data.note?.trim() || `下次复核：${nextReviewAt.slice(0, 10)}`,
          ownerLevel: item.ownerLevel,
          ownerCode: item.ownerCode,
          ownerProvince: item.ownerProvince,
          ownerCity: item.ownerCity,
        },
        overrideAccess: true,
        req,
      })
      if (ownsTransaction) await commitTransaction(req)
      return Response.json({ id: item.id, nextReviewAt })
    } catch (error) {
      if (ownsTransaction) await killTransaction(req)
      throw error
    }
  },
}
