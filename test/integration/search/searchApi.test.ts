import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MAX_QUERY_LENGTH } from '@search/api/searchParams'
import { SEARCH_QUEUE } from '@/lib/jobQueues'
import { seed } from '@seed/index'
import { DEMO_PASSWORD } from '@seed/demoUsers'
import { loginOverHttp } from '@test/helpers/httpClient'
import { startApiServer } from '@test/helpers/httpServer'
import { createKnowledgeAt } from '@test/helpers/knowledge'
import { bootPayload } from '@test/helpers/payload'

type Hit = {
  id: string
  title: string
  titleHighlighted: string
  snippet: string
  ownerCode: string
}
type Body = {
  queryId: string
  total: number
  tookMs: number
  hits: Hit[]
  facets: { category: Array<{ id: string; name: string; count: number }> }
  errors?: Array<{ message: string }>
}

let payload: Payload
let api: Awaited<ReturnType<typeof startApiServer>>
/** Fixture items by owner unit and channel set; every title has the word 蓝鲸. */
const items = new Map<string, string>()
const ownerOf = new Map<string, string>()

const anonymous = async (query: string) => {
  const res = await fetch(`${api.url}/api/kb/search?${query}`)
  return { status: res.status, body: (await res.json()) as Body }
}
const signedIn = async (email: string, query: string) => {
  const client = await loginOverHttp(api.url, email, DEMO_PASSWORD)
  const res = await client.get(`/api/kb/search?${query}`)
  return { status: res.status, body: (await res.json()) as Body, client }
}
const owners = (body: Body) => [...new Set(body.hits.map((hit) => hit.ownerCode))].sort()

beforeAll(async () => {
  payload = await bootPayload()
  await seed(payload, { orgOnly: true })
  api = await startApiServer()
  for (const unit of ['100000', '440000', '440100', '440300', '510000', '510100']) {
    for (const [label, channels] of [
      ['public', ['online_hall', 'agent_kb']],
      ['internal', ['agent_kb']],
    ] as const) {
      const item = await createKnowledgeAt(payload, unit, {
        state: 'published',
        channels: [...channels],
        kind: label === 'internal' ? 'script' : 'faq',
        title: `蓝鲸卡${label === 'public' ? '办理' : '内部口径'} ${unit}`,
      })
      items.set(`${unit}:${label}`, item.id)
      ownerOf.set(item.id, unit)
    }
  }
  await payload.jobs.run({ queue: SEARCH_QUEUE, limit: 100 })
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

describe('GET /api/kb/search', () => {
  it('the public sees national, own province and own city public items, highlighted, with facets, and the search is logged', async () => {
    const { status, body } = await anonymous('q=蓝鲸&province=440000&city=440100')
    expect(status).toBe(200)
    expect(owners(body)).toEqual(['100000', '440000', '440100'])
    expect(body.hits.map((hit) => hit.id).sort()).toEqual(
      ['100000', '440000', '440100'].map((unit) => items.get(`${unit}:public`)).sort(),
    )
    expect(body.hits[0]!.titleHighlighted).toContain('<mark>蓝鲸</mark>')
    expect(body.total).toBe(3)
    expect(body.facets.category.reduce((sum, c) => sum + c.count, 0)).toBe(3)
    expect(typeof body.tookMs).toBe('number')
    const logged = await payload.findByID({ collection: 'search-queries', id: body.queryId })
    expect(logged).toMatchObject({
      q: '蓝鲸',
      channel: 'online_hall',
      province: '440000',
      city: '440100',
      hits: 3,
    })
  })

  it('facets name their categories, and a renamed category shows its new name at once', async () => {
    const { body } = await anonymous('q=蓝鲸&province=440000&city=440100')
    const facet = body.facets.category[0]!
    const category = await payload.findByID({ collection: 'categories', id: facet.id })
    expect(facet.name).toBe(category.name)
    await payload.update({ collection: 'categories', id: facet.id, data: { name: '蓝鲸分类改名' } })
    try {
      const after = await anonymous('q=蓝鲸&province=440000&city=440100')
      expect(after.body.facets.category.find((c) => c.id === facet.id)?.name).toBe('蓝鲸分类改名')
    } finally {
      await payload.update({
        collection: 'categories',
        id: facet.id,
        data: { name: category.name },
      })
    }
  })

  it('the public never reaches the agents’ index', async () => {
    const { status, body } = await anonymous('q=蓝鲸&channel=agent_kb&province=440000')
    expect(status).toBe(403)
    expect(body.errors![0]!.message).toMatch(/^channel: /)
    const national = await anonymous('q=内部口径')
    expect(national.body.hits).toEqual([])
  })

  it('an agent searches as their own unit; province and city parameters cannot widen it', async () => {
    const own = await signedIn('agent.440100@demo.kb', 'q=蓝鲸')
    expect(own.status).toBe(200)
    expect(owners(own.body)).toEqual(['100000', '440000', '440100'])
    expect(own.body.hits.some((hit) => hit.id === items.get('440100:internal'))).toBe(true)
    const widened = await signedIn('agent.440100@demo.kb', 'q=蓝鲸&province=510000&city=510100')
    expect(owners(widened.body)).toEqual(['100000', '440000', '440100'])
    const sichuan = await signedIn('agent.510000@demo.kb', 'q=蓝鲸')
    expect(owners(sichuan.body)).toEqual(['100000', '510000'])
    const hq = await signedIn('agent.100000@demo.kb', 'q=蓝鲸')
    expect(owners(hq.body)).toEqual(['100000'])
    const logged = await payload.findByID({
      collection: 'search-queries',
      id: sichuan.body.queryId,
    })
    expect(logged).toMatchObject({ channel: 'agent_kb', province: '510000', city: null })
  })

  it.each([
    ['unknown parameter', 'q=a&scope=all', /^scope: /],
    ['page 0', 'q=a&page=0', /^page: /],
    ['page not a number', 'q=a&page=abc', /^page: /],
    ['unknown channel', 'q=a&channel=weibo', /^channel: /],
    ['bad province', 'q=a&province=guangdong', /^province: /],
    ['city outside its province', 'q=a&province=510000&city=440100', /^city: /],
    ['city without province', 'q=a&city=440100', /^city: /],
    ['repeated q', 'q=a&q=b', /^q: /],
    ['10,000 characters', `q=${'a'.repeat(10_000)}`, /^q: /],
  ])('refuses %s with a 400 naming the field', async (_, query, message) => {
    const { status, body } = await anonymous(query)
    expect(status).toBe(400)
    expect(body.errors![0]!.message).toMatch(message)
  })

  it('hundreds of hostile or odd queries get a 200 or a 400, never a 500, and never a hit from elsewhere', async () => {
    let seed = 20261125
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!
    const pieces = [
      '"',
      "'",
      '*',
      'NEAR(',
      'OR',
      'AND',
      'NOT',
      '-',
      '^',
      ':',
      '{',
      '}',
      '(',
      ')',
      'title:',
      '蓝鲸',
      '套餐',
      '; DROP TABLE docs; --',
      "' OR 1=1 --",
      '%',
      '_',
      '\\',
      '\u0000',
      '😀',
      '🀄️',
      '𠀀',
      'é',
      'ＶｏＬＴＥ',
      '5G',
      '<script>',
      '&amp;',
      '\n',
      '\t',
      ' ',
      'xhzw',
      '٣',
      'ß',
    ]
    const queries = ['', ' ', '""', '*', 'NEAR(蓝鲸 办理)', '" * NEAR( OR -', '蓝鲸"']
    while (queries.length < 300) {
      const length = 1 + Math.floor(random() * 12)
      let q = ''
      for (let i = 0; i < length; i++) {
        const code = Math.floor(random() * 0x2ffff)
        // Lone surrogates cannot be sent in a URL at all.
        const surrogate = code >= 0xd800 && code <= 0xdfff
        q += random() < 0.7 || surrogate ? pick(pieces) : String.fromCodePoint(code)
      }
      queries.push(q.slice(0, MAX_QUERY_LENGTH))
    }
    const allowed = new Set(['100000', '440000', '440300'])
    for (const q of queries) {
      const res = await fetch(
        `${api.url}/api/kb/search?province=440000&city=440300&q=${encodeURIComponent(q)}`,
      )
      expect([200, 400], `${JSON.stringify(q)} → ${res.status}`).toContain(res.status)
      const body = (await res.json()) as Body
      for (const hit of body.hits ?? []) expect(allowed.has(ownerOf.get(hit.id)!)).toBe(true)
      for (const hit of body.hits ?? []) expect(hit.titleHighlighted).not.toContain('<script>')
    }
  })
})

describe('POST /api/kb/search/click and the search log', () => {
  it('records the first click on a visible item; refuses bad bodies and items the caller cannot read', async () => {
    const { body } = await anonymous('q=蓝鲸&province=440000&city=440100')
    const clicked = body.hits[0]!.id
    const post = (payload_: unknown) =>
      fetch(`${api.url}/api/kb/search/click`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(payload_),
      })
    expect((await post({ queryId: body.queryId, itemId: clicked })).status).toBe(200)
    expect((await post({ queryId: body.queryId, itemId: body.hits[1]!.id })).status).toBe(200)
    const logged = await payload.findByID({
      collection: 'search-queries',
      id: body.queryId,
      depth: 0,
    })
    expect(logged.clickedItem).toBe(clicked)
    expect((await post({ queryId: body.queryId })).status).toBe(400)
    const internal = items.get('440100:internal')!
    expect((await post({ queryId: body.queryId, itemId: internal })).status).toBe(404)
  })

  it('admins read the searches of their subtree only; agents read none', async () => {
    const sichuan = await signedIn('agent.510000@demo.kb', 'q=蓝鲸卡')
    const guangdongAdmin = await loginOverHttp(api.url, 'admin.440000@demo.kb', DEMO_PASSWORD)
    const seen = await (await guangdongAdmin.get('/api/search-queries?limit=100')).json()
    expect(seen.docs.length).toBeGreaterThan(0)
    expect(seen.docs.every((doc: { province: string }) => doc.province === '440000')).toBe(true)
    expect(seen.docs.some((doc: { id: string }) => doc.id === sichuan.body.queryId)).toBe(false)
    const agent = await (await sichuan.client.get('/api/search-queries')).json()
    expect(agent.docs ?? []).toEqual([])
  })
})
