import http from 'node:http'

import { commitTransaction, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@seed/index'
import { type HttpClient, demoUsersOverHttp } from '@test/helpers/httpClient'
import { startApiServer } from '@test/helpers/httpServer'
import { createKnowledgeAt } from '@test/helpers/knowledge'
import { bootPayload, findUserByEmail, openWriteTransaction } from '@test/helpers/payload'

let payload: Payload
let api: Awaited<ReturnType<typeof startApiServer>>
let guangdongFaq: string
let sichuanFaq: string
let internalScript: string
let guangdongNotice: string

const as = demoUsersOverHttp(() => api.url)

/** A POST from the loopback address `localAddress`: a client with a socket address of its own. */
const postFrom = (
  localAddress: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
) =>
  new Promise<number>((resolve, reject) => {
    const request = http.request(
      `${api.url}${path}`,
      { method: 'POST', localAddress, headers: { 'content-type': 'application/json', ...headers } },
      (response) => {
        response.resume()
        response.on('end', () => resolve(response.statusCode ?? 0))
      },
    )
    request.on('error', reject)
    request.end(JSON.stringify(body))
  })

const anonymousPost = (path: string, body: unknown, cookie?: string) =>
  fetch(`${api.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  })

beforeAll(async () => {
  payload = await bootPayload()
  await seed(payload, { orgOnly: true })
  api = await startApiServer()
  guangdongFaq = (await createKnowledgeAt(payload, '440000', { state: 'published' })).id
  sichuanFaq = (await createKnowledgeAt(payload, '510000', { state: 'published' })).id
  internalScript = (
    await createKnowledgeAt(payload, '440000', {
      state: 'published',
      kind: 'script',
      channels: ['agent_kb'],
    })
  ).id
  guangdongNotice = (
    await createKnowledgeAt(payload, '440000', {
      state: 'published',
      kind: 'notice',
      channels: ['agent_kb'],
      title: '广东重大故障服务公告',
    })
  ).id
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

describe('feedback: agents report, the owner unit handles', () => {
  it('an agent reports an error on an item they can read; it is routed to the owner unit as new', async () => {
    const agent = await as('agent', '440100')
    const res = await agent.post('/api/feedback', {
      kind: 'error',
      item: guangdongFaq,
      text: '资费数字已过期',
      status: 'resolved',
      reporter: null,
    })
    expect(res.status, await res.clone().text()).toBe(201)
    const { doc } = await res.json()
    expect(doc).toMatchObject({ kind: 'error', status: 'new', ownerCode: '440000' })
    // The reporter is the session's user, whatever the body says.
    expect(doc.reporter.email).toBe('agent.440100@demo.kb')
  })

  it('refuses reports on items the agent cannot read, and incomplete ones', async () => {
    const agent = await as('agent', '440100')
    const across = await agent.post('/api/feedback', { kind: 'error', item: sichuanFaq, text: 'x' })
    expect(across.status).toBe(400)
    expect((await across.json()).errors[0].message).toBe('条目不存在或无权查看')
    const empty = await agent.post('/api/feedback', { kind: 'suggestion', item: guangdongFaq })
    expect(empty.status).toBe(400)
    const rating = await agent.post('/api/feedback', {
      kind: 'rating',
      item: guangdongFaq,
      rating: 9,
    })
    expect(rating.status).toBe(400)
    const anonymous = await anonymousPost('/api/feedback', {
      kind: 'error',
      item: guangdongFaq,
      text: 'x',
    })
    expect(anonymous.status).toBe(403)
  })

  it('keeps none of the server-owned fields a new report is sent with', async () => {
    const reporter = await as('agent', '440100')
    const sichuanEditor = await findUserByEmail(payload, 'editor.510000@demo.kb')
    const res = await reporter.post('/api/feedback', {
      kind: 'error',
      item: guangdongFaq,
      text: '号码写错',
      handledBy: sichuanEditor.id,
      reply: '已处理',
      itemTitle: '伪造标题',
      ownerLevel: 'province',
      ownerCode: '510000',
      ownerProvince: '510000',
      ownerCity: '510100',
      createdAt: '2000-01-01T00:00:00.000Z',
    })
    expect(res.status, await res.clone().text()).toBe(201)
    const { doc } = await res.json()
    const stored = await payload.findByID({ collection: 'feedback', id: doc.id, depth: 0 })
    expect(stored).toMatchObject({
      handledBy: null,
      reply: null,
      ownerCode: '440000',
      ownerProvince: '440000',
      ownerCity: null,
    })
    expect(stored.itemTitle).not.toBe('伪造标题')
    expect(Date.now() - new Date(stored.createdAt).getTime()).toBeLessThan(60_000)

    // Handling sets who handled it; when it was filed stays, whatever the request says.
    const editor = await as('editor', '440000')
    const handled = await editor.post(`/api/feedback/${doc.id}/handle`, {
      action: 'accept',
      handledBy: sichuanEditor.id,
      createdAt: '2000-01-01T00:00:00.000Z',
    })
    expect(handled.status, await handled.clone().text()).toBe(200)
    const after = await payload.findByID({ collection: 'feedback', id: doc.id, depth: 0 })
    expect(after.handledBy).toBe((await findUserByEmail(payload, 'editor.440000@demo.kb')).id)
    expect(after.createdAt).toBe(stored.createdAt)
  })

  it('is read by the reporter and the owner unit’s tiers only; nobody edits it, the owner unit handles it', async () => {
    const reporter = await as('agent', '440300')
    const created = await (
      await reporter.post('/api/feedback', {
        kind: 'suggestion',
        item: guangdongFaq,
        text: '补充深圳网点',
      })
    ).json()
    const id = created.doc.id as string
    const canRead = async (client: HttpClient) =>
      ((await (await client.get(`/api/feedback?where[id][equals]=${id}`)).json()).docs ?? [])
        .length === 1
    expect(await canRead(reporter)).toBe(true)
    expect(await canRead(await as('editor', '440000'))).toBe(true)
    expect(await canRead(await as('editor', '100000'))).toBe(true)
    expect(await canRead(await as('agent', '440100'))).toBe(false)
    expect(await canRead(await as('agent', '440000'))).toBe(false)
    expect(await canRead(await as('editor', '440300'))).toBe(false)
    expect(await canRead(await as('editor', '510000'))).toBe(false)

    // The API edits nothing, not even for the owner unit: handling goes through /handle.
    for (const client of [reporter, await as('editor', '510000'), await as('editor', '440000')])
      expect((await client.patch(`/api/feedback/${id}`, { status: 'resolved' })).status).toBe(403)
    const byOtherProvince = await (
      await as('editor', '510000')
    ).post(`/api/feedback/${id}/handle`, { action: 'resolve', text: '已补充' })
    expect(byOtherProvince.status).toBe(404)
    const handled = await (
      await as('editor', '440000')
    ).post(`/api/feedback/${id}/handle`, { action: 'resolve', text: '已补充', reply: '篡改' })
    expect(handled.status, await handled.clone().text()).toBe(200)
    const after = await payload.findByID({ collection: 'feedback', id })
    expect(after).toMatchObject({ status: 'resolved', reply: '已补充', text: '补充深圳网点' })
  })
})

describe('public votes and views', () => {
  it('one vote per visitor per item; the cookie identifies the visitor; internal items refuse', async () => {
    const first = await anonymousPost(`/api/knowledge/${guangdongFaq}/vote`, {
      helpful: true,
      province: '440000',
    })
    expect(first.status).toBe(201)
    const cookie = first.headers.get('set-cookie')!.split(';')[0]!
    const again = await anonymousPost(
      `/api/knowledge/${guangdongFaq}/vote`,
      { helpful: false },
      cookie,
    )
    expect(again.status).toBe(409)
    const otherVisitor = await anonymousPost(`/api/knowledge/${guangdongFaq}/vote`, {
      helpful: false,
      comment: '没说清楚',
    })
    expect(otherVisitor.status).toBe(201)
    const votes = await payload.find({
      collection: 'faq-votes',
      where: { item: { equals: guangdongFaq } },
      overrideAccess: true,
    })
    expect(votes.docs.map((v) => v.helpful).sort()).toEqual([false, true])
    expect(
      (await anonymousPost(`/api/knowledge/${internalScript}/vote`, { helpful: true })).status,
    ).toBe(404)
    expect(
      (await anonymousPost(`/api/knowledge/${guangdongFaq}/vote`, { helpful: 'yes' })).status,
    ).toBe(400)
  })

  it('rate limits votes per address: the socket’s, whatever address the request says it forwards', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 25; i++) {
      statuses.push(
        await postFrom(
          '127.0.0.9',
          `/api/knowledge/${sichuanFaq}/vote`,
          { helpful: true },
          {
            // No proxy is trusted (TRUSTED_PROXIES unset): these are the client's own words.
            'x-forwarded-for': `203.0.113.${i}`,
            'x-real-ip': `198.51.100.${i}`,
          },
        ),
      )
    }
    expect(statuses.filter((s) => s === 201)).toHaveLength(20)
    expect(statuses.slice(20)).toEqual([429, 429, 429, 429, 429])
    // Another client, from an address of its own, still votes.
    expect(
      await postFrom('127.0.0.10', `/api/knowledge/${sichuanFaq}/vote`, { helpful: true }),
    ).toBe(201)
  })

  it('counts views per item and province', async () => {
    for (let i = 0; i < 3; i++) {
      expect(
        (await anonymousPost(`/api/knowledge/${guangdongFaq}/view`, { province: '440000' })).status,
      ).toBe(200)
    }
    const { docs } = await payload.find({
      collection: 'item-views',
      where: { item: { equals: guangdongFaq } },
      overrideAccess: true,
    })
    expect(docs.map((d) => [d.province, d.count])).toEqual([['440000', 3]])
  })

  it('counts every one of many views at once, the first ones included', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 30 }, () =>
        anonymousPost(`/api/knowledge/${sichuanFaq}/view`, { province: '510000' }).then(
          (res) => res.status,
        ),
      ),
    )
    expect(statuses.every((status) => status === 200)).toBe(true)
    const { docs } = await payload.find({
      collection: 'item-views',
      where: { item: { equals: sichuanFaq } },
      overrideAccess: true,
    })
    expect(docs.map((d) => [d.province, d.count])).toEqual([['510000', 30]])
  })

  it('a view counted while an editor’s transaction is open waits for it without stopping the server', async () => {
    const views = async () =>
      (
        await payload.find({
          collection: 'item-views',
          where: { item: { equals: guangdongFaq }, province: { equals: '440000' } },
          overrideAccess: true,
        })
      ).docs[0]?.count ?? 0
    // The row exists: the view below adds to it with one statement outside any transaction.
    await anonymousPost(`/api/knowledge/${guangdongFaq}/view`, { province: '440000' })
    const before = await views()
    const req = await openWriteTransaction(payload)
    const view = anonymousPost(`/api/knowledge/${guangdongFaq}/view`, { province: '440000' })
    // SQLite's busy wait would stop this thread (the server's too) for seconds, then fail the view.
    const started = Date.now()
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(Date.now() - started).toBeLessThan(2000)
    await commitTransaction(req)
    expect((await view).status).toBe(200)
    expect(await views()).toBe(before + 1)
  })
})

describe('service notices: 已读 and who has not read', () => {
  it('agents acknowledge once; editors of the subtree see who has not; other provinces cannot', async () => {
    const guangzhou = await as('agent', '440100')
    expect((await guangzhou.post(`/api/knowledge/${guangdongNotice}/acknowledge`, {})).status).toBe(
      200,
    )
    expect((await guangzhou.post(`/api/knowledge/${guangdongNotice}/acknowledge`, {})).status).toBe(
      200,
    )
    const sichuan = await as('agent', '510000')
    expect((await sichuan.post(`/api/knowledge/${guangdongNotice}/acknowledge`, {})).status).toBe(
      404,
    )

    const editor = await as('editor', '440000')
    const res = await editor.get(`/api/knowledge/${guangdongNotice}/unacknowledged`)
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.acknowledged).toBe(1)
    const codes = body.unacknowledged.map((u: { orgCode: string }) => u.orgCode).sort()
    expect(codes).toEqual(['440000', '440300'])
    expect((await guangzhou.get(`/api/knowledge/${guangdongNotice}/unacknowledged`)).status).toBe(
      403,
    )
    expect(
      (await (await as('editor', '510000')).get(`/api/knowledge/${guangdongNotice}/unacknowledged`))
        .status,
    ).toBe(404)
  })
})
