import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ROLES } from '@access/roles'
import { seed } from '@seed/index'
import { DEMO_PASSWORD } from '@seed/demoUsers'
import { seedBlocksToLexical } from '@/richtext/seedToLexical'
import { loginOverHttp } from '@test/helpers/httpClient'
import { startApiServer } from '@test/helpers/httpServer'
import { createKnowledgeAt } from '@test/helpers/knowledge'
import { bootPayload } from '@test/helpers/payload'

/**
 * Roles × tiers × operations on knowledge items over REST and GraphQL. Fixtures: one published and
 * one draft public FAQ at each of the five demo units. Expected sets are written out by hand.
 */
const UNITS = ['100000', '440000', '440100', '440300', '510000'] as const
type Unit = (typeof UNITS)[number]
const SUBTREE: Record<Unit, Unit[]> = {
  '100000': [...UNITS],
  '440000': ['440000', '440100', '440300'],
  '440100': ['440100'],
  '440300': ['440300'],
  '510000': ['510000'],
}
/** Published items a reader at each unit sees by the area rule. */
const AREA: Record<Unit, Unit[]> = {
  '100000': ['100000'],
  '440000': ['100000', '440000'],
  '440100': ['100000', '440000', '440100'],
  '440300': ['100000', '440000', '440300'],
  '510000': ['100000', '510000'],
}
const isContentRole = (role: string) => role !== 'agent'

let payload: Payload
let api: Awaited<ReturnType<typeof startApiServer>>
const clients = new Map<string, Awaited<ReturnType<typeof loginOverHttp>>>()
const client = (role: string, unit: Unit) => clients.get(`${role}.${unit}`)!

const expectedReads = (role: string, unit: Unit) =>
  [
    ...AREA[unit].map((u) => `mx-${u}-published`),
    ...(isContentRole(role)
      ? SUBTREE[unit].flatMap((u) => [`mx-${u}-published`, `mx-${u}-draft`])
      : []),
  ]
    .filter((id, i, all) => all.indexOf(id) === i)
    .sort()

beforeAll(async () => {
  payload = await bootPayload()
  await seed(payload, { orgOnly: true })
  api = await startApiServer()
  for (const unit of UNITS) {
    await createKnowledgeAt(payload, unit, {
      state: 'published',
      externalId: `mx-${unit}-published`,
    })
    await createKnowledgeAt(payload, unit, { state: 'draft', externalId: `mx-${unit}-draft` })
  }
  for (const role of ROLES) {
    for (const unit of UNITS)
      clients.set(
        `${role}.${unit}`,
        await loginOverHttp(api.url, `${role}.${unit}@demo.kb`, DEMO_PASSWORD),
      )
  }
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

const restIds = async (res: Response) =>
  ((await res.json()).docs as { externalId: string }[]).map((d) => d.externalId).sort()

describe('reading', () => {
  for (const role of ROLES) {
    for (const unit of UNITS) {
      it(`${role}.${unit} reads the same items over REST and GraphQL`, async () => {
        const expected = expectedReads(role, unit)
        const rest = await client(role, unit).get(
          '/api/knowledge?limit=100&depth=0&where[externalId][like]=mx-',
        )
        expect(await restIds(rest)).toEqual(expected)
        const gql = await (
          await client(role, unit).graphql(
            '{ KnowledgeItems(limit: 100, where: { externalId: { like: "mx-" } }) { docs { externalId } } }',
          )
        ).json()
        expect(
          gql.data.KnowledgeItems.docs.map((d: { externalId: string }) => d.externalId).sort(),
        ).toEqual(expected)
      })
    }
  }

  it('anonymous readers get every published public FAQ and no draft', async () => {
    const res = await fetch(`${api.url}/api/knowledge?limit=100&where[externalId][like]=mx-`)
    expect(await restIds(res)).toEqual(UNITS.map((u) => `mx-${u}-published`).sort())
  })

  it('a 广州 agent cannot open a 四川 item or any draft by id', async () => {
    const agent = client('agent', '440100')
    for (const externalId of ['mx-510000-published', 'mx-440100-draft']) {
      const { docs } = await payload.find({
        collection: 'knowledge',
        where: { externalId: { equals: externalId } },
      })
      expect((await agent.get(`/api/knowledge/${docs[0]!.id}`)).status).toBe(404)
    }
  })
})

describe('writing', () => {
  it('only editors and admins create, and the owner is their own unit whatever the form says', async () => {
    const sichuan = (
      await payload.find({ collection: 'org-units', where: { code: { equals: '510000' } } })
    ).docs[0]!
    const category = (await payload.find({ collection: 'categories', limit: 1 })).docs[0]!
    for (const role of ROLES) {
      const res = await client(role, '440100').post('/api/knowledge?draft=true', {
        title: `${role} 新建`,
        summary: '…',
        category: category.id,
        channels: ['agent_kb'],
        ownerUnit: sichuan.id,
      })
      const allowed = role === 'editor' || role === 'admin'
      expect(`${role}: ${res.status}`).toBe(`${role}: ${allowed ? 201 : 403}`)
      if (allowed) expect((await res.json()).doc.ownerCode).toBe('440100')
    }
  })

  for (const role of ROLES) {
    for (const unit of UNITS) {
      it(`${role}.${unit} updates and deletes drafts only where it may`, async () => {
        for (const target of UNITS) {
          const allowed =
            (role === 'editor' && target === unit) ||
            (role === 'admin' && SUBTREE[unit].includes(target))
          const draft = await createKnowledgeAt(payload, target)
          const update = await client(role, unit).patch(`/api/knowledge/${draft.id}?draft=true`, {
            summary: '改',
          })
          expect(`update ${target}: ${update.status}`).toBe(
            `update ${target}: ${allowed ? 200 : update.status === 404 ? 404 : 403}`,
          )
          if (!allowed) expect([403, 404]).toContain(update.status)
          const del = await client(role, unit).delete(`/api/knowledge/${draft.id}`)
          if (allowed) expect(del.status).toBe(200)
          else expect([403, 404]).toContain(del.status)
          const left = await payload.count({
            collection: 'knowledge',
            where: { id: { equals: draft.id } },
          })
          expect(left.totalDocs).toBe(allowed ? 0 : 1)
        }
      })
    }
  }

  it('nobody deletes an item that was published, not even the HQ admin', async () => {
    const live = await createKnowledgeAt(payload, '440100', { state: 'published' })
    for (const [role, unit] of [
      ['admin', '100000'],
      ['editor', '440100'],
    ] as const) {
      expect([403, 404]).toContain(
        (await client(role, unit).delete(`/api/knowledge/${live.id}`)).status,
      )
    }
  })
})

describe('internal content stays internal', () => {
  it('anonymous readers never get scripts, agent-only blocks, contacts or workflow internals', async () => {
    const script = await createKnowledgeAt(payload, '100000', {
      state: 'published',
      kind: 'script',
      channels: ['agent_kb'],
    })
    expect((await fetch(`${api.url}/api/knowledge/${script.id}`)).status).toBe(404)

    const faq = await createKnowledgeAt(payload, '100000', { state: 'published' })
    const editor = (
      await payload.find({
        collection: 'users',
        where: { email: { equals: 'editor.100000@demo.kb' } },
      })
    ).docs[0]!
    await payload.update({
      collection: 'knowledge',
      id: faq.id,
      context: { workflowTransition: true },
      data: {
        _status: 'published',
        contact: editor.id,
        body: seedBlocksToLexical([
          { type: 'paragraph', text: '公开答案' },
          { type: 'agentOnly', text: '内部口径：可申请挽留优惠' },
        ]) as never,
      },
    })
    const text = await (await fetch(`${api.url}/api/knowledge/${faq.id}?depth=1`)).text()
    expect(text).toContain('公开答案')
    expect(text).not.toContain('挽留')
    expect(text).not.toContain('editor.100000')
    expect(JSON.parse(text).contact).toBeUndefined()
    expect(JSON.parse(text).submittedBy).toBeUndefined()

    const gql = await (
      await fetch(`${api.url}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ KnowledgeItem(id: "${faq.id}") { body } }` }),
      })
    ).text()
    expect(gql).toContain('公开答案')
    expect(gql).not.toContain('挽留')

    const agentView = await (await client('agent', '440100').get(`/api/knowledge/${faq.id}`)).text()
    expect(agentView).toContain('挽留')

    // Server code updating without a user (scheduler, import, seed) must not lose 内部口径.
    await payload.update({
      collection: 'knowledge',
      id: faq.id,
      context: { workflowTransition: true },
      data: { _status: 'published', related: [] },
    })
    const stored = await payload.findByID({ collection: 'knowledge', id: faq.id, depth: 0 })
    expect(JSON.stringify(stored.body)).toContain('内部口径：可申请挽留优惠')
    const stillHidden = await (await fetch(`${api.url}/api/knowledge/${faq.id}`)).text()
    expect(stillHidden).not.toContain('挽留')
  })
})

describe('local variants', () => {
  it('a published 广东 variant replaces the HQ original for 广东 readers only', async () => {
    const original = await createKnowledgeAt(payload, '100000', {
      state: 'published',
      externalId: 'ov-original',
    })
    const variant = await createKnowledgeAt(payload, '440000', {
      externalId: 'ov-variant',
      overrides: original.id,
    })
    const editor = client('editor', '440000')
    await editor.post(`/api/knowledge/${variant.id}/workflow`, { action: 'submit' })
    await client('reviewer', '440000').post(`/api/knowledge/${variant.id}/workflow`, {
      action: 'approve',
    })
    const done = await client('compliance', '440000').post(
      `/api/knowledge/${variant.id}/workflow`,
      { action: 'approve' },
    )
    expect((await done.json()).workflowState).toBe('published')

    const seen = async (role: string, unit: Unit) =>
      restIds(await client(role, unit).get('/api/knowledge?limit=10&where[externalId][like]=ov-'))
    expect(await seen('agent', '440100')).toEqual(['ov-variant'])
    expect(await seen('agent', '440000')).toEqual(['ov-variant'])
    expect(await seen('agent', '510000')).toEqual(['ov-original'])
    expect(await seen('agent', '100000')).toEqual(['ov-original'])

    // The original is republished: the variant's owner is told (原条目已更新).
    const variantFlag = async () =>
      (await (await editor.get(`/api/knowledge/${variant.id}?depth=0`)).json()).originalUpdated
    expect(await variantFlag()).toBe(false)
    const hqEditor = client('editor', '100000')
    expect(
      (await hqEditor.patch(`/api/knowledge/${original.id}?draft=true`, { summary: '资费调整' }))
        .status,
    ).toBe(200)
    await hqEditor.post(`/api/knowledge/${original.id}/workflow`, { action: 'submit' })
    await client('reviewer', '100000').post(`/api/knowledge/${original.id}/workflow`, {
      action: 'approve',
    })
    await client('compliance', '100000').post(`/api/knowledge/${original.id}/workflow`, {
      action: 'approve',
    })
    expect(await variantFlag()).toBe(true)
    // …and readers in 广东 still see the variant, not the new original.
    expect(await seen('agent', '440100')).toEqual(['ov-variant'])
  })

  it('a city cannot localise another province’s item', async () => {
    const sichuanItem = await createKnowledgeAt(payload, '510000', { state: 'published' })
    const category = (await payload.find({ collection: 'categories', limit: 1 })).docs[0]!
    const res = await client('editor', '440100').post('/api/knowledge?draft=true', {
      title: '越省本地化',
      summary: '…',
      category: category.id,
      channels: ['agent_kb'],
      overrides: sichuanItem.id,
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toContain('只能本地化总部或本省的条目')
  })
})
