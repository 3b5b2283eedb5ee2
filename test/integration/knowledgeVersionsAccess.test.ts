import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ROLES } from '../../access/roles'
import { seed } from '../../seed'
import { SEARCH_QUEUE } from '../../search/sync/syncSearchIndexTask'
import { type HttpClient, demoUsersOverHttp } from '../helpers/httpClient'
import { startApiServer } from '../helpers/httpServer'
import { createKnowledgeAt } from '../helpers/knowledge'
import { bootPayload } from '../helpers/payload'

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
  const expectedItems = (role: string, unit: Unit) =>
    isContentRole(role)
      ? SUBTREE[unit].flatMap((u) => [`vx-${u}-draft`, `vx-${u}-live`]).sort()
      : 'refused'

  for (const role of ROLES) {
    for (const unit of UNITS) {
      it(`${role}.${unit} lists and opens versions of its subtree's items only`, async () => {
        const client = await as(role, unit)
        const expected = expectedItems(role, unit)
        const rest = await restVersionItems(client)
        expect(rest).toEqual(expected === 'refused' ? 'refused 403' : expected)
        expect(await graphqlVersionItems(client)).toEqual(expected)

        const byId: string[] = []
        const wanted: string[] = []
        for (const target of UNITS) {
          const id = draftVersionOf.get(target)!
          const one = await client.get(`/api/knowledge/versions/${id}?depth=0`)
          const gql = await (
            await client.graphql(`{ versionKnowledgeItem(id: "${id}") { version { externalId } } }`)
          ).json()
          const restOutcome =
            one.status === 200 ? 'read' : [403, 404].includes(one.status) ? 'refused' : one.status
          const gqlOutcome =
            gql.data?.versionKnowledgeItem?.version?.externalId === `vx-${target}-draft`
              ? 'read'
              : gql.data?.versionKnowledgeItem == null && gql.errors?.length
                ? 'refused'
                : JSON.stringify(gql)
          byId.push(`${target}: REST ${restOutcome}, GraphQL ${gqlOutcome}`)
          const may = isContentRole(role) && SUBTREE[unit].includes(target)
          wanted.push(
            `${target}: REST ${may ? 'read' : 'refused'}, GraphQL ${may ? 'read' : 'refused'}`,
          )
        }
        expect(byId).toEqual(wanted)
      })
    }
  }

  it('anonymous readers get no versions', async () => {
    expect(await restVersionItems(null)).toBe('refused 403')
    const one = await fetch(`${api.url}/api/knowledge/versions/${draftVersionOf.get('100000')}`)
    expect(one.status).toBe(403)
  })
})
