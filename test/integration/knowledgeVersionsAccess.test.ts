import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ROLES } from '@access/roles'
import { seed } from '@seed/index'
import { SEARCH_QUEUE } from '@/lib/jobQueues'
import { type HttpClient, demoUsersOverHttp } from '@test/helpers/httpClient'
import { startApiServer } from '@test/helpers/httpServer'
import { createKnowledgeAt } from '@test/helpers/knowledge'
import { bootPayload } from '@test/helpers/payload'

/**
 * Versions and drafts of knowledge items over REST and GraphQL, role × tier: who reads versions
 * (list and by id), what restoring a version may change, and what `draft=true` lists show.
 * Fixtures at each of the five demo units: a live item with a newer draft, and a draft never
 * published. Expected sets are written out by hand.
 */
const UNITS = ['100000', '440000', '440100', '440300', '510000'] as const
type Unit = (typeof UNITS)[number]
/** Units whose items a content worker of each unit works on (its subtree). */
const SUBTREE: Record<Unit, Unit[]> = {
  '100000': [...UNITS],
  '440000': ['440000', '440100', '440300'],
  '440100': ['440100'],
  '440300': ['440300'],
  '510000': ['510000'],
}
const isContentRole = (role: string) => role !== 'agent'

let payload: Payload
let api: Awaited<ReturnType<typeof startApiServer>>
const as = demoUsersOverHttp(() => api.url)
/** The version id of each unit's never-published draft. */
const draftVersionOf = new Map<Unit, string>()

const versionsOf = async (id: string) =>
  (
    await payload.findVersions({
      collection: 'knowledge',
      where: { parent: { equals: id } },
      sort: '-updatedAt',
      limit: 100,
    })
  ).docs

beforeAll(async () => {
  payload = await bootPayload()
  await seed(payload, { orgOnly: true })
  api = await startApiServer()
  for (const unit of UNITS) {
    const live = await createKnowledgeAt(payload, unit, {
      state: 'published',
      externalId: `vx-${unit}-live`,
    })
    const edit = await (
      await as('editor', unit)
    ).patch(`/api/knowledge/${live.id}?draft=true`, { summary: `${unit} 草稿修改` })
    expect(edit.status).toBe(200)
    const draft = await createKnowledgeAt(payload, unit, { externalId: `vx-${unit}-draft` })
    draftVersionOf.set(unit, (await versionsOf(draft.id))[0]!.id)
  }
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

/** Distinct item externalIds in a versions list, or `refused`. */
async function restVersionItems(client: HttpClient | null) {
  const path = '/api/knowledge/versions?limit=5000&depth=0&where[version.externalId][like]=vx-'
  const res = client ? await client.get(path) : await fetch(`${api.url}${path}`)
  if (res.status !== 200) return `refused ${res.status}`
  const { docs } = (await res.json()) as { docs: { version: { externalId: string } }[] }
  return [...new Set(docs.map((d) => d.version.externalId))].sort()
}

async function graphqlVersionItems(client: HttpClient) {
  const body = await (
    await client.graphql(
      '{ versionsKnowledgeItems(limit: 5000, where: { version__externalId: { like: "vx-" } }) { docs { version { externalId } } } }',
    )
  ).json()
  if (!body.data?.versionsKnowledgeItems) return 'refused'
  const docs = body.data.versionsKnowledgeItems.docs as { version: { externalId: string } }[]
  return [...new Set(docs.map((d) => d.version.externalId))].sort()
}

describe('reading versions', () => {
  /** One line per question a user at `unit` asks: the list (REST, GraphQL), then each unit's draft. */
  async function outcomes(client: HttpClient | null, unit: string) {
    const lines = [
      `${unit} lists: REST ${await restVersionItems(client)}, GraphQL ${client ? await graphqlVersionItems(client) : '-'}`,
    ]
    for (const target of UNITS) {
      const id = draftVersionOf.get(target)!
      const path = `/api/knowledge/versions/${id}?depth=0`
      const one = client ? await client.get(path) : await fetch(`${api.url}${path}`)
      const gql = client
        ? await (
            await client.graphql(`{ versionKnowledgeItem(id: "${id}") { version { externalId } } }`)
          ).json()
        : null
      const gqlOutcome = !gql
        ? '-'
        : gql.data?.versionKnowledgeItem?.version?.externalId === `vx-${target}-draft`
          ? 'read'
          : gql.data?.versionKnowledgeItem == null && gql.errors?.length
            ? 'refused'
            : JSON.stringify(gql)
      lines.push(`${unit} opens ${target}: REST ${one.status}, GraphQL ${gqlOutcome}`)
    }
    return lines
  }

  /**
   * Content workers: the versions of their subtree's items, none other. Agents: nothing. Refusals
   * by id are 403s (Payload's answer when the access query excludes the version).
   */
  function expected(role: string, unit: Unit) {
    const worker = isContentRole(role)
    const items = worker ? SUBTREE[unit].flatMap((u) => [`vx-${u}-draft`, `vx-${u}-live`]) : []
    const lines = [
      worker
        ? `${unit} lists: REST ${items.sort()}, GraphQL ${items.sort()}`
        : `${unit} lists: REST refused 403, GraphQL refused`,
    ]
    for (const target of UNITS) {
      const may = worker && SUBTREE[unit].includes(target)
      lines.push(
        `${unit} opens ${target}: ${may ? 'REST 200, GraphQL read' : 'REST 403, GraphQL refused'}`,
      )
    }
    return lines
  }

  for (const role of ROLES) {
    it(`${role}s at every unit list and open versions of their subtree's items only`, async () => {
      const seen: string[] = []
      const wanted: string[] = []
      for (const unit of UNITS) {
        seen.push(...(await outcomes(await as(role, unit), unit)))
        wanted.push(...expected(role, unit))
      }
      if (role === 'agent') {
        // Anonymous readers, with agents: no versions.
        seen.push(...(await outcomes(null, 'anonymous')))
        wanted.push(
          'anonymous lists: REST refused 403, GraphQL -',
          ...UNITS.map((target) => `anonymous opens ${target}: REST 403, GraphQL -`),
        )
      }
      expect(seen).toEqual(wanted)
    })
  }
})

describe('restoring a version', () => {
  const REFUSED = '已发布的条目只能把历史版本恢复为草稿，审核通过后替换线上版本'

  /** A live 广东 item in the agents' search, with a newer draft saved by its editor. */
  async function liveItemWithDraft(title: string) {
    const item = await createKnowledgeAt(payload, '440000', { state: 'published', title })
    const editor = await as('editor', '440000')
    const edit = await editor.patch(`/api/knowledge/${item.id}?draft=true`, { summary: '新答案' })
    expect(edit.status).toBe(200)
    await payload.jobs.run({ queue: SEARCH_QUEUE, limit: 100 })
    const [draft, published] = await versionsOf(item.id)
    expect([draft!.version._status, published!.version._status]).toEqual(['draft', 'published'])
    return { id: item.id, draftVersion: draft!.id, publishedVersion: published!.id, editor }
  }

  /** What the agents see of the item: its summary over REST and whether search finds it. */
  async function agentsView(id: string, q: string) {
    await payload.jobs.run({ queue: SEARCH_QUEUE, limit: 100 })
    const agent = await as('agent', '440100')
    const read = await agent.get(`/api/knowledge/${id}?depth=0`)
    const hits = (await (await agent.get(`/api/kb/search?q=${encodeURIComponent(q)}`)).json())
      .hits as { id: string }[]
    return {
      status: read.status,
      summary: read.status === 200 ? (await read.json()).summary : null,
      found: hits.some((hit) => hit.id === id),
    }
  }

  const reviewEvents = async (id: string) =>
    (await payload.count({ collection: 'review-events', where: { item: { equals: id } } }))
      .totalDocs

  it('without the draft flag is refused over a live item (REST and GraphQL), nothing changes', async () => {
    const { id, draftVersion, publishedVersion, editor } = await liveItemWithDraft('蓝鲸卡停机保号')
    const before = await agentsView(id, '蓝鲸卡停机保号')
    expect(before).toEqual({ status: 200, summary: '测试', found: true })

    for (const version of [draftVersion, publishedVersion]) {
      const rest = await editor.post(`/api/knowledge/versions/${version}`, {})
      expect(rest.status).toBe(400)
      expect((await rest.json()).errors[0].message).toBe(REFUSED)
      const gql = await (
        await editor.graphql(
          'mutation ($id: String!) { restoreVersionKnowledgeItem(id: $id) { id } }',
          { id: version },
        )
      ).json()
      expect(gql.data?.restoreVersionKnowledgeItem ?? null).toBeNull()
      expect(gql.errors?.[0]?.message).toBe(REFUSED)
    }

    expect(await agentsView(id, '蓝鲸卡停机保号')).toEqual(before)
    const stored = await payload.findByID({ collection: 'knowledge', id, depth: 0 })
    expect(stored).toMatchObject({ _status: 'published', workflowState: 'published' })
    expect((await versionsOf(id)).map((v) => v.id)).toEqual([draftVersion, publishedVersion])
    expect(await reviewEvents(id)).toBe(0)

    // A plain restore over an item that is not live stays a plain edit (the admin's “恢复”).
    const draftOnly = await createKnowledgeAt(payload, '440000', { title: '蓝鲸卡草稿恢复' })
    await editor.patch(`/api/knowledge/${draftOnly.id}?draft=true`, { summary: '第二稿' })
    const first = (await versionsOf(draftOnly.id)).at(-1)!
    const plain = await editor.post(`/api/knowledge/versions/${first.id}`, {})
    expect(plain.status, await plain.clone().text()).toBe(200)
    expect(
      await payload.findByID({ collection: 'knowledge', id: draftOnly.id, draft: true }),
    ).toMatchObject({ summary: '测试', _status: 'draft', workflowState: 'draft' })
  })

  it('as a draft keeps the live item and its search hit; the draft then goes through review', async () => {
    const { id, draftVersion, publishedVersion, editor } = await liveItemWithDraft('蓝鲸卡补卡')
    const before = await agentsView(id, '蓝鲸卡补卡')
    expect(before).toEqual({ status: 200, summary: '测试', found: true })
    const latest = async () =>
      (await (await editor.get(`/api/knowledge/${id}?draft=true&depth=0`)).json()) as {
        summary: string
        workflowState: string
        _status: string
        lastEditedBy: string
      }

    // The published version, back as a draft (the admin's “恢复为草稿”) …
    const rest = await editor.post(`/api/knowledge/versions/${publishedVersion}?draft=true`, {})
    expect(rest.status, await rest.clone().text()).toBe(200)
    expect(await latest()).toMatchObject({
      summary: '测试',
      workflowState: 'draft',
      _status: 'draft',
      lastEditedBy: (
        await payload.find({
          collection: 'users',
          where: { email: { equals: 'editor.440000@demo.kb' } },
        })
      ).docs[0]!.id,
    })
    // … and the newer draft again, over GraphQL.
    const gql = await (
      await editor.graphql(
        'mutation ($id: String!) { restoreVersionKnowledgeItem(id: $id, draft: true) { id } }',
        { id: draftVersion },
      )
    ).json()
    expect(gql.errors).toBeUndefined()
    expect(await latest()).toMatchObject({ summary: '新答案', workflowState: 'draft' })
    expect(await agentsView(id, '蓝鲸卡补卡')).toEqual(before)
    expect(await reviewEvents(id)).toBe(0)

    // Payload's restore flag outlives the restore in a GraphQL request of several mutations: it
    // must not let the next one publish directly.
    const category = (await payload.find({ collection: 'categories', limit: 1 })).docs[0]!
    const both = await (
      await editor.graphql(
        `mutation ($v: String!, $category: String!) {
          restored: restoreVersionKnowledgeItem(id: $v, draft: true) { id }
          created: createKnowledgeItem(data: {
            kind: faq, title: "蓝鲸卡直发", summary: "未经审核", category: $category,
            channels: [agent_kb], _status: published
          }) { id _status workflowState }
        }`,
        { v: draftVersion, category: category.id },
      )
    ).json()
    expect(both.data?.restored?.id).toBe(id)
    const created = await payload.find({
      collection: 'knowledge',
      where: { title: { equals: '蓝鲸卡直发' } },
      depth: 0,
    })
    expect(created.docs.map((d) => `${d._status} ${d.workflowState}`)).toEqual(['draft draft'])

    // Only those who may edit the item restore its versions.
    for (const [role, unit] of [
      ['editor', '440100'],
      ['agent', '440000'],
      ['reviewer', '440000'],
    ] as const) {
      const res = await (
        await as(role, unit)
      ).post(`/api/knowledge/versions/${publishedVersion}?draft=true`, {})
      expect(`${role}.${unit}: ${res.status}`).toMatch(/: 40[34]$/)
    }

    // The restored draft replaces the live version only through review, which is audited.
    const act = async (client: HttpClient, action: string) =>
      (await client.post(`/api/knowledge/${id}/workflow`, { action })).status
    expect(await act(editor, 'submit')).toBe(200)
    expect(await act(await as('reviewer', '440000'), 'approve')).toBe(200)
    expect(await act(await as('compliance', '440000'), 'approve')).toBe(200)
    expect(await agentsView(id, '蓝鲸卡补卡')).toEqual({ ...before, summary: '新答案' })
    expect(await reviewEvents(id)).toBe(3)
  })
})

describe('lists with draft=true', () => {
  let originalId: string
  let versionBefore: Awaited<ReturnType<typeof versionsOf>>[number]

  // An HQ item, replaced in 广州 by 广州's published variant (walked through review over HTTP).
  beforeAll(async () => {
    const original = await createKnowledgeAt(payload, '100000', {
      state: 'published',
      externalId: 'dv-original',
    })
    originalId = original.id
    versionBefore = (await versionsOf(original.id))[0]!
    const variant = await createKnowledgeAt(payload, '440100', {
      externalId: 'dv-variant',
      overrides: original.id,
    })
    for (const [role, unit, action] of [
      ['editor', '440100', 'submit'],
      ['reviewer', '440000', 'approve'],
      ['compliance', '440000', 'approve'],
    ] as const) {
      const res = await (
        await as(role, unit)
      ).post(`/api/knowledge/${variant.id}/workflow`, { action })
      expect(res.status).toBe(200)
    }
  })

  it("the original's latest version row (which draft=true reads) says where it is replaced", async () => {
    const [latest, ...older] = await versionsOf(originalId)
    expect(older).toEqual([])
    expect(latest).toEqual({
      ...versionBefore,
      version: { ...versionBefore.version, overriddenIn: '440100' },
    })
  })

  /** 广州 reads the variant instead of the original; 广东 and HQ staff also work on the variant. */
  const expected = (role: string, unit: Unit) =>
    [
      ...(unit === '440100' ? [] : ['dv-original']),
      ...(unit === '440100' || (isContentRole(role) && ['100000', '440000'].includes(unit))
        ? ['dv-variant']
        : []),
    ].sort()

  for (const role of ROLES) {
    it(`${role}s at every unit get the same items with and without draft=true`, async () => {
      const seen: string[] = []
      const wanted: string[] = []
      for (const unit of UNITS) {
        const client = await as(role, unit)
        for (const draft of [false, true]) {
          const rest = await client.get(
            `/api/knowledge?limit=10&depth=0&draft=${draft}&where[externalId][like]=dv-`,
          )
          const restIds = ((await rest.json()).docs as { externalId: string }[])
            .map((d) => d.externalId)
            .sort()
          const gql = await (
            await client.graphql(
              `{ KnowledgeItems(draft: ${draft}, limit: 10, where: { externalId: { like: "dv-" } }) { docs { externalId } } }`,
            )
          ).json()
          const gqlIds = (gql.data.KnowledgeItems.docs as { externalId: string }[])
            .map((d) => d.externalId)
            .sort()
          seen.push(`${unit} draft=${draft}: REST ${restIds}, GraphQL ${gqlIds}`)
          wanted.push(
            `${unit} draft=${draft}: REST ${expected(role, unit)}, GraphQL ${expected(role, unit)}`,
          )
        }
      }
      expect(seen).toEqual(wanted)
    })
  }
})
