import { randomUUID } from 'node:crypto'

import type { Endpoint, PayloadRequest } from 'payload'
import { RateLimiterMemory } from 'rate-limiter-flexible'

import { publicKnowledgeWhere } from '@access/knowledge'
import { anonymousKey, clientAddress } from '@/lib/clientAddress'
import { z } from '@/lib/zod'
import { runOutsideTransaction } from '@/db/serializeSqliteTransactions'
import { errorResponse, firstIssue } from '@/lib/errorResponse'
import { servedOverHttps } from '@/lib/servedOverHttps'

const VISITOR_COOKIE = 'kb-visitor'
/** Per address: 20 votes and 600 page views in ten minutes are plenty for a person. */
const voteLimiter = new RateLimiterMemory({ points: 20, duration: 600 })
const viewLimiter = new RateLimiterMemory({ points: 600, duration: 600 })

const province = z
  .string()
  .regex(/^(\d{6}|national)$/, { message: '须为 6 位省份代码或 national' })
  .default('national')

const voteSchema = z.object({
  helpful: z.boolean({ message: '须为 true 或 false' }),
  comment: z.string().trim().max(500, { message: '最长 500 个字符' }).optional(),
  province,
})

const viewSchema = z.object({ province })

async function publicItem(req: PayloadRequest) {
  const id = String(req.routeParams?.id ?? '')
  const { docs } = await req.payload.find({
    collection: 'knowledge',
    where: { and: [{ id: { equals: id } }, publicKnowledgeWhere] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return docs[0] ?? null
}

async function readBody<T>(req: PayloadRequest, schema: z.ZodType<T>) {
  const parsed = schema.safeParse(await req.json?.().catch(() => undefined))
  if (parsed.success) return { ok: true as const, data: parsed.data }
  return { ok: false as const, message: firstIssue(parsed.error) }
}

async function limited(limiter: RateLimiterMemory, req: PayloadRequest) {
  try {
    await limiter.consume(clientAddress(req.headers))
    return false
  } catch {
    return true
  }
}

/**
 * `POST /api/knowledge/:id/vote` `{ helpful, comment?, province? }`: the public's 有帮助 / 没帮助.
 * Anonymous; one vote per visitor (a random cookie, stored hashed) per item; rate limited.
 */
export const voteEndpoint: Endpoint = {
  path: '/:id/vote',
  method: 'post',
  handler: async (req) => {
    if (await limited(voteLimiter, req)) return errorResponse(429, '操作太频繁，请稍后再试')
    const body = await readBody(req, voteSchema)
    if (!body.ok) return errorResponse(400, body.message)
    const item = await publicItem(req)
    if (!item) return errorResponse(404, '问题不存在或已下线')
    const cookie = req.headers.get('cookie') ?? ''
    const visitor =
      cookie.match(new RegExp(`(?:^|;\\s*)${VISITOR_COOKIE}=([\\w-]{8,64})`))?.[1] ?? randomUUID()
    const voteKey = `${item.id}:${anonymousKey(visitor)}`
    const { totalDocs } = await req.payload.count({
      collection: 'faq-votes',
      where: { voteKey: { equals: voteKey } },
      overrideAccess: true,
      req,
    })
    const headers = {
      'set-cookie': `${VISITOR_COOKIE}=${visitor}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly${
        servedOverHttps() ? '; Secure' : ''
      }`,
    }
    if (totalDocs > 0) {
      return errorResponse(409, '您已评价过该问题', { headers })
    }
    await req.payload.create({
      collection: 'faq-votes',
      data: {
        item: item.id,
        helpful: body.data.helpful,
        comment: body.data.comment || null,
        province: body.data.province,
        voteKey,
      },
      overrideAccess: true,
      req,
    })
    return Response.json({ ok: true }, { status: 201, headers })
  },
}

/**
 * One more view of an item in a province. The database adds the one (`$inc`), so concurrent views
 * all count; read-then-write lost them. The first view creates the row, and a view that loses the
 * race to create it (the key is unique) adds itself to the winner's row.
 */
async function countView(req: PayloadRequest, itemId: string, province: string) {
  const viewKey = `${itemId}:${province}`
  // One statement outside a transaction: on SQLite it waits behind open ones (see
  // runOutsideTransaction).
  const increment = () =>
    runOutsideTransaction(req.payload.db, () =>
      req.payload.db.updateOne({
        collection: 'item-views',
        where: { viewKey: { equals: viewKey } },
        data: { count: { $inc: 1 }, updatedAt: new Date().toISOString() },
        select: { count: true },
        req,
      }),
    )
  if (await increment()) return
  try {
    await req.payload.create({
      collection: 'item-views',
      data: { item: itemId, province, count: 1, viewKey },
      overrideAccess: true,
      req,
    })
  } catch (error) {
    if (!(await increment())) throw error
  }
}

/** `POST /api/knowledge/:id/view` `{ province }`: counts a page view for 热门问题 (pages are cached). */
export const viewEndpoint: Endpoint = {
  path: '/:id/view',
  method: 'post',
  handler: async (req) => {
    if (await limited(viewLimiter, req)) return errorResponse(429, '操作太频繁，请稍后再试')
    const body = await readBody(req, viewSchema)
    if (!body.ok) return errorResponse(400, body.message)
    const item = await publicItem(req)
    if (!item) return errorResponse(404, '问题不存在或已下线')
    await countView(req, item.id, body.data.province)
    return Response.json({ ok: true })
  },
}
