import { APIError, type Endpoint, type Where } from 'payload'

import { now } from '@/lib/clock'
import { firstIssue } from '@/lib/errorResponse'
import { z } from '@/lib/zod'

const MarkRead = z.object({
  ids: z.array(z.string().max(64)).max(500, { message: 'ids 最多 500 个' }).optional(),
})

/**
 * `POST /api/notifications/read` `{ ids? }`: marks the caller's notifications read — the ones named,
 * or all of them. Another user's ids are simply not theirs to mark.
 */
export const markReadEndpoint: Endpoint = {
  path: '/read',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new APIError('请先登录', 401, null, true)
    const body = MarkRead.safeParse((await req.json?.().catch(() => undefined)) ?? {})
    if (!body.success) throw new APIError(firstIssue(body.error), 400, null, true)
    const where: Where = {
      and: [
        { recipient: { equals: req.user.id } },
        { readAt: { exists: false } },
        ...(body.data.ids ? [{ id: { in: body.data.ids } }] : []),
      ],
    }
    const { docs } = await req.payload.update({
      collection: 'notifications',
      where,
      data: { readAt: now().toISOString() },
      depth: 0,
      overrideAccess: true,
      req,
    })
    return Response.json({ marked: docs.length })
  },
}
