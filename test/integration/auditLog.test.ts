import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { auditChanges } from '@collections/AuditLog/hooks/recordAudit'
import { seed } from '@seed/index'
import { type HttpClient, demoUsersOverHttp } from '@test/helpers/httpClient'
import { startApiServer } from '@test/helpers/httpServer'
import { bootPayload, findOrgUnit, findUserByEmail } from '@test/helpers/payload'

let payload: Payload
let api: Awaited<ReturnType<typeof startApiServer>>
const as = demoUsersOverHttp(() => api.url)

beforeAll(async () => {
  payload = await bootPayload()
  await seed(payload, { orgOnly: true })
  api = await startApiServer()
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

type Entry = {
  target: string
  docId: string
  operation: string
  changes: { field: string; before: unknown; after: unknown }[]
  actorName: string
}

/** The audit entries `client` reads about one record, over REST and over GraphQL (ids). */
async function entries(client: HttpClient, docId: string): Promise<[Entry[], string[]]> {
  const rest = await (
    await client.get(`/api/audit-log?where[docId][equals]=${docId}&sort=createdAt&depth=0`)
  ).json()
  const graph = await (
    await client.post('/api/graphql', {
      query: `{ AuditLogs(where: { docId: { equals: "${docId}" } }) { docs { id } } }`,
    })
  ).json()
  return [rest.docs ?? [], (graph.data?.AuditLogs?.docs ?? []).map((d: { id: string }) => d.id)]
}

describe('audit log: who changed roles, units, region values and the glossary, before and after', () => {
  it('records a role change of a 广州 user, read by the admins of 广州 and above only', async () => {
    const target = await findUserByEmail(payload, 'agent.440100@demo.kb')
    const res = await (
      await as('admin', '440000')
    ).patch(`/api/users/${target.id}`, {
      roles: ['agent', 'editor'],
    })
    expect(res.status, await res.clone().text()).toBe(200)
    const [seen] = await entries(await as('admin', '440100'), target.id)
    const change = seen.at(-1)!
    expect(change).toMatchObject({
      target: 'users',
      operation: 'update',
      actorName: expect.any(String),
    })
    expect(change.changes).toEqual([
      { field: 'roles', before: ['agent'], after: ['agent', 'editor'] },
    ])
    const expected: [string, string, boolean][] = [
      ['admin', '440100', true],
      ['admin', '440000', true],
      ['admin', '100000', true],
      ['admin', '440300', false],
      ['admin', '510000', false],
      ['editor', '440100', false],
      ['reviewer', '440000', false],
      ['agent', '440100', false],
    ]
    for (const [role, unit, reads] of expected) {
      const [rest, graph] = await entries(await as(role, unit), target.id)
      expect([role, unit, rest.length > 0, graph.length > 0]).toEqual([role, unit, reads, reads])
    }
    // Logging in (failed attempts, lock) changes no watched field and leaves no entry.
    const before = (await entries(await as('admin', '100000'), target.id))[0].length
    await fetch(`${api.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'agent.440100@demo.kb', password: 'wrong' }),
    })
    expect((await entries(await as('admin', '100000'), target.id))[0]).toHaveLength(before)
  })

  it('records region values of a unit and glossary entries; nobody edits or deletes the log', async () => {
    const guangzhou = await findOrgUnit(payload, '440100')
    const admin = await as('admin', '440000')
    const res = await admin.patch(`/api/org-units/${guangzhou.id}`, {
      regionValues: { hotline: '020-10000' },
    })
    expect(res.status, await res.clone().text()).toBe(200)
    const [unitEntries] = await entries(admin, guangzhou.id)
    const regionChange = unitEntries.at(-1)!.changes.find((c) => c.field === 'regionValues')!
    expect((regionChange.after as Record<string, unknown>).hotline).toBe('020-10000')

    const editor = await as('editor', '100000')
    const created = await editor.post('/api/glossary', { term: '审计测试词', synonyms: '测试词' })
    expect(created.status, await created.clone().text()).toBe(201)
    const termId = (await created.json()).doc.id
    const [hqSees] = await entries(await as('admin', '100000'), termId)
    expect(hqSees.map((e) => e.operation)).toEqual(['create'])
    expect((await entries(admin, termId))[0]).toEqual([])

    const hqAdmin = await as('admin', '100000')
    const id = (await (await hqAdmin.get(`/api/audit-log?limit=1&depth=0`)).json()).docs[0].id
    expect((await hqAdmin.patch(`/api/audit-log/${id}`, { docTitle: 'x' })).status).toBe(403)
    expect((await hqAdmin.delete(`/api/audit-log/${id}`)).status).toBe(403)
    expect((await hqAdmin.post('/api/audit-log', { target: 'x' })).status).toBe(403)
  })

  it('compares relations by id and ignores unchanged fields', () => {
    const unit = { id: 'u1', name: '广州', createdAt: 'x' }
    expect(
      auditChanges(
        ['orgUnit', 'roles'],
        { orgUnit: unit, roles: ['agent'] },
        { orgUnit: 'u1', roles: ['agent'] },
      ),
    ).toEqual([])
    expect(auditChanges(['orgUnit'], { orgUnit: 'u1' }, { orgUnit: 'u2' })).toEqual([
      { field: 'orgUnit', before: 'u1', after: 'u2' },
    ])
  })
})
