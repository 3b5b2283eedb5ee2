import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ROLES } from '@access/roles'
import { seed } from '@seed/index'
import { DEMO_PASSWORD } from '@seed/demoUsers'
import { loginOverHttp } from '@test/helpers/httpClient'
import { startApiServer } from '@test/helpers/httpServer'
import { createKnowledgeAt } from '@test/helpers/knowledge'
import { bootPayload } from '@test/helpers/payload'

/**
 * Workflow actions × roles × tiers over REST and GraphQL: every actor tries every action on an item of every
 * demo unit. Expected: submit and publish by the owner unit's editors only; approve and reject by
 * the reviewing unit's reviewers only (city items are reviewed in their province); archive by the
 * owner unit's editors and the admins of units whose subtree holds the owner.
 */
const UNITS = ['100000', '440000', '440100', '440300', '510000'] as const
type Unit = (typeof UNITS)[number]
const REVIEWED_BY: Record<Unit, Unit> = {
  '100000': '100000',
  '440000': '440000',
  '440100': '440000',
  '440300': '440000',
  '510000': '510000',
}
const SUBTREE: Record<Unit, Unit[]> = {
  '100000': [...UNITS],
  '440000': ['440000', '440100', '440300'],
  '440100': ['440100'],
  '440300': ['440300'],
  '510000': ['510000'],
}
const ACTIONS = ['submit', 'approve', 'reject', 'publish', 'archive'] as const
type Action = (typeof ACTIONS)[number]
const STATE_FOR: Record<Action, 'draft' | 'in_review' | 'approved' | 'published'> = {
  submit: 'draft',
  approve: 'in_review',
  reject: 'in_review',
  publish: 'approved',
  archive: 'published',
}
function allowed(action: Action, role: string, actor: Unit, owner: Unit): boolean {
  switch (action) {
    case 'submit':
    case 'publish':
      return role === 'editor' && actor === owner
    case 'approve':
    case 'reject':
      return role === 'reviewer' && actor === REVIEWED_BY[owner]
    case 'archive':
      return (
        (role === 'editor' && actor === owner) ||
        (role === 'admin' && SUBTREE[actor].includes(owner))
      )
  }
}

let payload: Payload
let api: Awaited<ReturnType<typeof startApiServer>>
const editors = new Map<string, string>()

/** A fresh item of `owner` in the state `action` starts from (first step of review, not overdue). */
async function fixture(action: Action, owner: Unit) {
  const state = STATE_FOR[action]
  const item = await createKnowledgeAt(payload, owner, {
    channels: ['agent_kb'],
    state: state === 'published' ? 'published' : 'draft',
  })
  if (state === 'draft' || state === 'published') return item.id
  await payload.update({
    collection: 'knowledge',
    id: item.id,
    draft: true,
    context: { workflowTransition: true },
    data: {
      workflowState: state,
      reviewStep: state === 'in_review' ? 0 : null,
      submittedBy: editors.get(owner),
      stepDeadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    },
  })
  return item.id
}

beforeAll(async () => {
  payload = await bootPayload()
  await seed(payload, { orgOnly: true })
  api = await startApiServer()
  const { docs } = await payload.find({
    collection: 'users',
    where: { roles: { in: ['editor'] } },
    limit: 0,
  })
  for (const user of docs) editors.set(user.orgCode!, user.id)
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

describe('workflow actions across roles and tiers', () => {
  for (const role of ROLES) {
    for (const actor of UNITS) {
      it(`${role}.${actor}`, async () => {
        const client = await loginOverHttp(api.url, `${role}.${actor}@demo.kb`, DEMO_PASSWORD)
        const outcomes: string[] = []
        const expected: string[] = []
        for (const action of ACTIONS) {
          for (const owner of UNITS) {
            const id = await fixture(action, owner)
            const res = await client.post(`/api/knowledge/${id}/workflow`, {
              action,
              comment: '请修改',
            })
            // Refused is 400 where the actor can see the item and 404 where it cannot.
            outcomes.push(
              `${action} ${owner}: ${res.status === 200 ? 'done' : [400, 404].includes(res.status) ? 'refused' : res.status}`,
            )
            expected.push(
              `${action} ${owner}: ${allowed(action, role, actor, owner) ? 'done' : 'refused'}`,
            )
          }
        }
        expect(outcomes).toEqual(expected)
      })
    }
  }
})

describe('acting outside the own subtree (the probe’s cases)', () => {
  // [admin's unit, owner of the live item]: each admin can read the item, none may archive it.
  const CASES: [Unit, Unit][] = [
    ['440000', '100000'],
    ['440100', '100000'],
    ['440300', '100000'],
    ['510000', '100000'],
    ['440100', '440000'],
    ['440300', '440000'],
  ]
  for (const [actor, owner] of CASES) {
    it(`admin.${actor} cannot archive a live ${owner} item over REST or GraphQL`, async () => {
      const client = await loginOverHttp(api.url, `admin.${actor}@demo.kb`, DEMO_PASSWORD)
      const item = await createKnowledgeAt(payload, owner, { state: 'published' })
      const reason = `该条目属于单位 ${owner}，不在本单位 ${actor} 的管辖范围内`

      const offered = await client.get(`/api/knowledge/${item.id}/workflow`)
      expect(offered.status).toBe(200)
      expect((await offered.json()).allowed).toEqual([])

      const rest = await client.post(`/api/knowledge/${item.id}/workflow`, { action: 'archive' })
      expect(rest.status).toBe(400)
      expect((await rest.json()).errors[0]).toMatchObject({
        message: reason,
        data: { allowed: [] },
      })

      const gql = await (
        await client.graphql(
          'mutation ($id: String!) { knowledgeWorkflow(id: $id, action: "archive") { workflowState } }',
          { id: item.id },
        )
      ).json()
      expect(gql.data?.knowledgeWorkflow ?? null).toBeNull()
      expect(gql.errors?.[0]?.message).toBe(reason)

      // Nothing changed: still live, no audit record, and a reader of the owner's area still gets it.
      const stored = await payload.findByID({ collection: 'knowledge', id: item.id, draft: true })
      expect(stored).toMatchObject({ _status: 'published', workflowState: 'published' })
      const events = await payload.count({
        collection: 'review-events',
        where: { item: { equals: item.id } },
      })
      expect(events.totalDocs).toBe(0)
      const reader = await fetch(`${api.url}/api/knowledge/${item.id}`)
      expect(reader.status).toBe(200)
    })
  }
})

describe('a GraphQL request with a workflow mutation', () => {
  it('gives the workflow’s rights to no other mutation in it', async () => {
    const editor = await loginOverHttp(api.url, 'editor.440000@demo.kb', DEMO_PASSWORD)
    const submitted = await createKnowledgeAt(payload, '440000', { channels: ['agent_kb'] })
    const draft = await createKnowledgeAt(payload, '440000', { channels: ['agent_kb'] })
    const live = await createKnowledgeAt(payload, '440000', { state: 'published' })
    const res = await (
      await editor.graphql(
        `mutation ($submitted: String!, $draft: String!, $live: String!) {
          submit: knowledgeWorkflow(id: $submitted, action: "submit") { workflowState }
          publish: updateKnowledgeItem(id: $draft, data: { _status: published, workflowState: published }) { _status }
          overwrite: updateKnowledgeItem(id: $live, data: { summary: "未经审核的修改" }) { summary }
        }`,
        { submitted: submitted.id, draft: draft.id, live: live.id },
      )
    ).json()
    expect(res.data.submit).toEqual({ workflowState: 'in_review' })
    const stored = async (id: string) => {
      const doc = await payload.findByID({ collection: 'knowledge', id, depth: 0 })
      return `${doc._status} ${doc.workflowState} ${doc.summary}`
    }
    expect([await stored(draft.id), await stored(live.id)]).toEqual([
      'draft draft 测试',
      'published published 测试',
    ])
  })
})
