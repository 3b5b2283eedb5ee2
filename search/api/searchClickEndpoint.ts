import type { Endpoint } from 'payload'
import { z } from '@/lib/zod'
import { errorResponse, firstIssue } from '@/lib/errorResponse'

// Ids are UUIDs or ObjectIds: anything else would make PostgreSQL fail on the lookup.
const id = z.string().regex(/^[\w-]{1,64}$/, { message: '不是有效的 id' })
const clickSchema = z.object({ queryId: id, itemId: id })

/**
 * `POST /api/kb/search/click` `{ queryId, itemId }`: which result a search led to. Only the first
 * click counts, and only for an item that search could have shown (readable by the caller).
 */
export const searchClickEndpoint: Endpoint = {
  path: '/kb/search/click',
  method: 'post',
  handler: async (req) => {
    const parsed = clickSchema.safeParse(await req.json?.().catch(() => undefined))
    if (!parsed.success) {
      return errorResponse(400, firstIssue(parsed.error))
    }
    const { queryId, itemId } = parsed.data
    const { docs: items } = await req.payload.find({
      collection: 'knowledge',
      where: { id: { equals: itemId } },
      limit: 1,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    const { docs: queries } = await req.payload.find({
      collection: 'search-queries',
      where: { id: { equals: queryId } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (!items[0] || !queries[0]) {
      return errorResponse(404, '搜索记录或条目不存在')
    }
    if (!queries[0].clickedItem) {
      await req.payload.update({
        collection: 'search-queries',
        id: queryId,
        data: { clickedItem: itemId, clickedAt: new Date().toISOString() },
        overrideAccess: true,
        req,
      })
    }
    return Response.json({ ok: true })
  },
}
