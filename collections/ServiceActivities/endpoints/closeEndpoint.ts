import { APIError, type Endpoint } from 'payload'

import { closeProblem } from '@/domain/serviceReadiness'
import { now } from '@/lib/clock'
import { firstIssue } from '@/lib/errorResponse'
import { z } from '@/lib/zod'

const CloseRequest = z.object({
  review: z
    .string({ message: '请填写结束评估' })
    .trim()
    .min(1, { message: '请填写结束评估' })
    .max(4000, { message: '结束评估不能超过 4000 字' }),
  followed: z.boolean({ message: 'followed 须为 true 或 false（是否按服务前置要求执行）' }),
})

/**
 * `POST /api/service-activities/:id/close` `{ review, followed }`: the owner unit (or one above)
 * closes a live activity with its closing review (what went wrong, whether 服务前置 was followed).
 * Who may is the collection's update rule: the save runs with the user's access.
 */
export const closeEndpoint: Endpoint = {
  path: '/:id/close',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new APIError('请先登录', 401, null, true)
    const body = CloseRequest.safeParse(await req.json?.().catch(() => undefined))
    if (!body.success) throw new APIError(firstIssue(body.error), 400, null, true)
    const id = String(req.routeParams?.id)
    const activity = await req.payload.findByID({
      collection: 'service-activities',
      id,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      disableErrors: true,
      context: { skipReadiness: true },
      req,
    })
    if (!activity) throw new APIError('事项不存在或无权查看', 404, null, true)
    const problem = closeProblem(activity.status ?? 'planning')
    if (problem) throw new APIError(problem, 409, null, true)
    const closed = await req.payload.update({
      collection: 'service-activities',
      id,
      data: {
        status: 'closed',
        closingReview: body.data.review,
        followedProcess: body.data.followed,
        closedBy: req.user.id,
        closedAt: now().toISOString(),
      },
      depth: 0,
      overrideAccess: false,
      user: req.user,
      context: { serverOwnedWrite: true, skipReadiness: true },
      req,
    })
    return Response.json({ id: closed.id, status: closed.status })
  },
}
