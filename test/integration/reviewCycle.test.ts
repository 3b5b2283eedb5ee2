import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { remindDueReviews } from '@collections/Knowledge/jobs/remindDueReviews'
import { workflowCounts } from '@/components/admin/reviewQueue'
import { relationId } from '@/lib/relationId'
import { seed } from '@seed/index'
import { demoUsersOverHttp } from '@test/helpers/httpClient'
import { startApiServer } from '@test/helpers/httpServer'
import { createKnowledgeAt } from '@test/helpers/knowledge'
import { bootPayload, findUserByEmail } from '@test/helpers/payload'

let payload: Payload
let api: Awaited<ReturnType<typeof startApiServer>>
const as = demoUsersOverHttp(() => api.url)
const DAY = 86_400_000

beforeAll(async () => {
  payload = await bootPayload()
  await seed(payload, { orgOnly: true })
  api = await startApiServer()
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

/** A live 广州 item whose contact person is 广州's agent, due for review since `daysAgo`. */
async function dueItem(daysAgo = 3) {
  const item = await createKnowledgeAt(payload, '440100', { state: 'published' })
  const contact = await findUserByEmail(payload, 'agent.440100@demo.kb')
  return payload.update({
    collection: 'knowledge',
    id: item.id,
    data: { contact: contact.id, nextReviewAt: new Date(Date.now() - daysAgo * DAY).toISOString() },
    context: { workflowTransition: true },
  })
}

const cycleOf = async (category: unknown) =>
  (await payload.findByID({ collection: 'categories', id: relationId(category)! }))
    .reviewCycleDays ?? 180

describe('复核确认 (更新制度): the contact person confirms a live item still holds', () => {
  it('moves the next review a category cycle on, records who and when, writes no version', async () => {
    const item = await dueItem()
    const versionsBefore = (
      await payload.findVersions({
        collection: 'knowledge',
        where: { parent: { equals: item.id } },
      })
    ).totalDocs
    const contact = await as('agent', '440100')
    const res = await contact.post(`/api/knowledge/${item.id}/confirm-review`, { note: '资费未变' })
    expect(res.status, await res.clone().text()).toBe(200)
    const { nextReviewAt } = await res.json()
    const days = (new Date(nextReviewAt).getTime() - Date.now()) / DAY
    const cycle = await cycleOf(item.category)
    expect(days).toBeGreaterThan(cycle - 1)
    expect(days).toBeLessThanOrEqual(cycle)
    const stored = await payload.findByID({ collection: 'knowledge', id: item.id })
    expect(stored.nextReviewAt).toBe(nextReviewAt)
    const { docs: events } = await payload.find({
      collection: 'review-events',
      where: { item: { equals: item.id }, action: { equals: 'confirm_review' } },
    })
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({ comment: '资费未变', from: 'published', to: 'published' })
    expect(
      (
        await payload.findVersions({
          collection: 'knowledge',
          where: { parent: { equals: item.id } },
        })
      ).totalDocs,
    ).toBe(versionsBefore)
  })

  it('is the contact’s or the owner unit’s editors’ and admins’ (or above) only, on live items only', async () => {
    const item = await dueItem()
    // [role, unit, status]
    const expected: [string, string, number][] = [
      ['agent', '440300', 404], // cannot even read a 广州 item
      ['reviewer', '440100', 403],
      ['editor', '440300', 404],
      ['editor', '510000', 404],
      ['editor', '440100', 200],
      ['admin', '440000', 200],
      ['editor', '100000', 200],
    ]
    for (const [role, unit, status] of expected) {
      const res = await (await as(role, unit)).post(`/api/knowledge/${item.id}/confirm-review`, {})
      expect([role, unit, res.status]).toEqual([role, unit, status])
    }
    const draft = await createKnowledgeAt(payload, '440100')
    const refused = await (
      await as('editor', '440100')
    ).post(`/api/knowledge/${draft.id}/confirm-review`, {})
    expect(refused.status).toBe(403)
    expect((await refused.json()).errors[0].message).toBe('只有已发布的条目需要复核确认')
  })

  it('republishing starts a new cycle; a date the editor set in the new version is kept', async () => {
    const item = await dueItem(10)
    const editor = await as('editor', '440100')
    const reviewer = await as('reviewer', '440000')
    const compliance = await as('compliance', '440000')
    const publish = async () => {
      for (const [client, action] of [
        [editor, 'submit'],
        [reviewer, 'approve'],
        [compliance, 'approve'],
      ] as const) {
        const res = await client.post(`/api/knowledge/${item.id}/workflow`, { action })
        expect(res.status, await res.clone().text()).toBe(200)
      }
      return payload.findByID({ collection: 'knowledge', id: item.id })
    }
    expect(
      (await editor.patch(`/api/knowledge/${item.id}?draft=true`, { summary: '新口径' })).status,
    ).toBe(200)
    const fresh = await publish()
    const days = (new Date(fresh.nextReviewAt!).getTime() - Date.now()) / DAY
    expect(days).toBeGreaterThan((await cycleOf(item.category)) - 1)

    const chosen = new Date(Date.now() + 30 * DAY).toISOString()
    await editor.patch(`/api/knowledge/${item.id}?draft=true`, { nextReviewAt: chosen })
    expect((await publish()).nextReviewAt).toBe(chosen)
  })
})

describe('联系人制度: no contact person, no submission', () => {
  it('a new item names its author; cleared, submitting is refused with the reason', async () => {
    const editor = await as('editor', '440100')
    const category = (await payload.find({ collection: 'categories', limit: 1 })).docs[0]!.id
    const created = await editor.post('/api/knowledge?draft=true', {
      kind: 'faq',
      title: '联系人制度测试',
      summary: '测试',
      category,
      channels: ['agent_kb'],
    })
    expect(created.status, await created.clone().text()).toBe(201)
    const { doc } = await created.json()
    const me = await findUserByEmail(payload, 'editor.440100@demo.kb')
    expect(relationId(doc.contact)).toBe(me.id)
    await editor.patch(`/api/knowledge/${doc.id}?draft=true`, { contact: null })
    const refused = await editor.post(`/api/knowledge/${doc.id}/workflow`, { action: 'submit' })
    expect(refused.status).toBe(400)
    expect((await refused.json()).errors[0].message).toMatch(/^提交前请指定联系人/)
    await editor.patch(`/api/knowledge/${doc.id}?draft=true`, { contact: me.id })
    expect(
      (await editor.post(`/api/knowledge/${doc.id}/workflow`, { action: 'submit' })).status,
    ).toBe(200)
  })
})

describe('contact persons hear of their items due for review', () => {
  it('once per due date, in their inbox; the dashboard counts theirs', async () => {
    const item = await dueItem()
    const req = (await createLocalReq({}, payload)) as PayloadRequest
    expect(await remindDueReviews(req, new Date())).toContain(item.id)
    expect(await remindDueReviews(req, new Date())).not.toContain(item.id)
    const contact = await as('agent', '440100')
    const inbox = await (await contact.get('/api/notifications?limit=50&depth=0')).json()
    expect(
      inbox.docs.filter((line: { title: string }) => line.title === `待复核：${item.title}`),
    ).toHaveLength(1)
    const agent = await findUserByEmail(payload, 'agent.440100@demo.kb')
    expect((await workflowCounts(payload, { ...agent, roles: ['editor'] })).myDue).toBeGreaterThan(
      0,
    )
    // Confirmed, it is no longer due, and nobody is reminded of it.
    await contact.post(`/api/knowledge/${item.id}/confirm-review`, {})
    expect(await remindDueReviews(req, new Date())).not.toContain(item.id)
  })
})
