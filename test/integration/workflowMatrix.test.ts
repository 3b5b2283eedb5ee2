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
 * the reviewing unit's reviewers only (city items are reviewed in their province).
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
type Action = 'submit' | 'approve' | 'reject' | 'publish'
const STATE_FOR: Record<Action, 'draft' | 'in_review' | 'approved'> = {
  submit: 'draft',
  approve: 'in_review',
  reject: 'in_review',
  publish: 'approved',
}
const allowed = (action: Action, role: string, actor: Unit, owner: Unit) =>
  action === 'submit' || action === 'publish'
    ? role === 'editor' && actor === owner
    : role === 'reviewer' && actor === REVIEWED_BY[owner]

let payload: Payload
let api: Awaited<ReturnType<typeof startApiServer>>
const editors = new Map<string, string>()

/** A fresh item of `owner` in the state `action` starts from (first step of review, not overdue). */
async function fixture(action: Action, owner: Unit) {
  const item = await createKnowledgeAt(payload, owner, { channels: ['agent_kb'] })
  const state = STATE_FOR[action]
  if (state === 'draft') return item.id
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
        for (const action of ['submit', 'approve', 'reject', 'publish'] as const) {
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
