import { APIError, type Endpoint } from 'payload'

/** `GET /api/notifications/unread` → `{ unread }`: the bell's count, for the caller only. */
export const unreadCountEndpoint: Endpoint = {
  path: '/unread',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new APIError('请先登录', 401, null, true)
    const { totalDocs } = await req.payload.count({
      collection: 'notifications',
      where: { recipient: { equals: req.user.id }, readAt: { exists: false } },
      overrideAccess: true,
      req,
    })
    return Response.json({ unread: totalDocs })
  },
}
