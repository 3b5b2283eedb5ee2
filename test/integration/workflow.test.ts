import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@seed/index'
import { type HttpClient, demoUsersOverHttp, loginOverHttp } from '@test/helpers/httpClient'
import { startApiServer } from '@test/helpers/httpServer'
import { bootPayload, findOrgUnit } from '@test/helpers/payload'

let payload: Payload
let api: Awaited<ReturnType<typeof startApiServer>>
let categoryId: string

/** A logged-in client for a demo account, e.g. `as('editor', '440100')`. */
const as = demoUsersOverHttp(() => api.url)

async function createItem(client: HttpClient, data: Record<string, unknown> = {}) {
  const res = await client.post('/api/knowledge?draft=true', {
    kind: 'faq',
    title: '测试问题：如何办理携号转网？',
    summary: '携号转网可在营业厅办理。',
    category: categoryId,
    channels: ['online_hall', 'agent_kb'],
    ...data,
  })
  expect(res.status, await res.clone().text()).toBe(201)
  return (await res.json()).doc as { id: string; ownerCode: string; workflowState: string }
}

async function act(client: HttpClient, id: string, action: string, comment?: string) {
  const res = await client.post(`/api/knowledge/${id}/workflow`, { action, comment })
  return { status: res.status, body: await res.json() }
}

const events = async (id: string) =>
  (
    await payload.find({
      collection: 'review-events',
      where: { item: { equals: id } },
      sort: 'createdAt',
      limit: 100,
    })
  ).docs

beforeAll(async () => {
  payload = await bootPayload()
  await seed(payload, { orgOnly: true })
  api = await startApiServer()
  categoryId = (await payload.find({ collection: 'categories', limit: 1 })).docs[0]!.id
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

describe('review chains', () => {
  it('a 广州 public FAQ goes 广东 review → 广东 compliance → published, each step audited', async () => {
    const editor = await as('editor', '440100')
    const item = await createItem(editor)
    expect(item).toMatchObject({ ownerCode: '440100', workflowState: 'draft' })

    expect(await act(editor, item.id, 'submit')).toMatchObject({
      status: 200,
      body: { workflowState: 'in_review', reviewStep: 0 },
    })
    // The city's own reviewer and the province's compliance officer are not this step's.
    const wrongReviewer = await act(await as('reviewer', '440100'), item.id, 'approve')
    expect(wrongReviewer.status).toBe(400)
    expect(wrongReviewer.body.errors[0].message).toBe('当前步骤需由单位 440000 的审核人员处理')
    const wrongStep = await act(await as('compliance', '440000'), item.id, 'approve')
    expect(wrongStep.status).toBe(400)
    expect(wrongStep.body.errors[0].message).toContain('440000 的审核人员')
    expect(await act(await as('reviewer', '440000'), item.id, 'approve')).toMatchObject({
      status: 200,
      body: { workflowState: 'in_review', reviewStep: 1 },
    })
    expect(await act(await as('compliance', '440000'), item.id, 'approve')).toMatchObject({
      status: 200,
      body: { workflowState: 'published' },
    })

    const trail = await events(item.id)
    expect(trail.map((e) => `${e.action}:${e.from}→${e.to}:${e.stepKind ?? ''}`)).toEqual([
      'submit:draft→in_review:',
      'approve:in_review→in_review:review',
      'approve:in_review→published:compliance',
    ])
    expect(trail[2]!.actorName).toContain('广东省分公司')
    // Each event carries the item's owner unit, so it can be scoped without the item.
    expect(new Set(trail.map((e) => `${e.ownerLevel}:${e.ownerCode}:${e.ownerCity}`))).toEqual(
      new Set(['city:440100:440100']),
    )

    const anonymous = await fetch(`${api.url}/api/knowledge/${item.id}`)
    expect(anonymous.status).toBe(200)
    expect((await anonymous.json()).title).toBe('测试问题：如何办理携号转网？')
  })

  it('an internal HQ item needs one HQ review', async () => {
    const item = await createItem(await as('editor', '100000'), {
      kind: 'script',
      channels: ['agent_kb'],
    })
    await act(await as('editor', '100000'), item.id, 'submit')
    expect(await act(await as('reviewer', '100000'), item.id, 'approve')).toMatchObject({
      body: { workflowState: 'published' },
    })
  })

  it('scripts cannot be put on a public channel', async () => {
    const editor = await as('editor', '100000')
    const res = await editor.post('/api/knowledge?draft=true', {
      kind: 'script',
      title: '挽留话术',
      summary: '…',
      category: categoryId,
      channels: ['online_hall'],
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toContain('话术和服务公告只能发布到坐席知识库')
  })
})

describe('rules of approval', () => {
  it('nobody approves their own submission', async () => {
    const guangdong = await findOrgUnit(payload, '440000')
    await payload.create({
      collection: 'users',
      data: {
        email: 'both.440000@test.kb',
        password: 'x-pass-123456',
        name: '兼任',
        roles: ['editor', 'reviewer'],
        orgUnit: guangdong.id,
      },
    })
    const both = await loginOverHttp(api.url, 'both.440000@test.kb', 'x-pass-123456')
    const item = await createItem(both, { channels: ['agent_kb'] })
    await act(both, item.id, 'submit')
    const self = await act(both, item.id, 'approve')
    expect(self.status).toBe(400)
    expect(self.body.errors[0].message).toBe('不能审核自己创建、提交或最后编辑的条目')
    expect(self.body.errors[0].data.allowed).toEqual(['withdraw'])
  })

  it('reject needs a comment, returns to draft, and the item can be resubmitted', async () => {
    const editor = await as('editor', '440000')
    const reviewer = await as('reviewer', '440000')
    const item = await createItem(editor)
    await act(editor, item.id, 'submit')
    const bare = await act(reviewer, item.id, 'reject')
    expect(bare.status).toBe(400)
    expect(bare.body.errors[0].message).toBe('驳回必须填写意见')
    expect(await act(reviewer, item.id, 'reject', '请补充办理条件')).toMatchObject({
      body: { workflowState: 'draft' },
    })
    expect(await act(editor, item.id, 'submit')).toMatchObject({
      body: { workflowState: 'in_review', reviewStep: 0 },
    })
    const trail = await events(item.id)
    expect(trail.find((e) => e.action === 'reject')?.comment).toBe('请补充办理条件')
  })

  it('an invalid action is a 400 listing the allowed ones', async () => {
    const editor = await as('editor', '440300')
    const item = await createItem(editor)
    const res = await act(editor, item.id, 'publish')
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.allowed).toEqual(['submit', 'archive'])
    const unknown = await editor.post(`/api/knowledge/${item.id}/workflow`, { action: 'teleport' })
    expect(unknown.status).toBe(400)
    expect((await unknown.json()).errors[0].message).toContain('action: 必须是')
  })

  it('two reviewers approving at once: exactly one succeeds', async () => {
    const guangdong = await findOrgUnit(payload, '440000')
    await payload.create({
      collection: 'users',
      data: {
        email: 'reviewer2.440000@test.kb',
        password: 'x-pass-123456',
        name: '审核二',
        roles: ['reviewer'],
        orgUnit: guangdong.id,
      },
    })
    const second = await loginOverHttp(api.url, 'reviewer2.440000@test.kb', 'x-pass-123456')
    const editor = await as('editor', '440000')
    const item = await createItem(editor)
    await act(editor, item.id, 'submit')
    const results = await Promise.all([
      act(await as('reviewer', '440000'), item.id, 'approve'),
      act(second, item.id, 'approve'),
    ])
    expect(results.map((r) => r.status).sort()).toEqual([
      200,
      results.find((r) => r.status !== 200)!.status,
    ])
    expect(results.filter((r) => r.status === 200)).toHaveLength(1)
    expect([400, 409]).toContain(results.find((r) => r.status !== 200)!.status)
    expect((await events(item.id)).filter((e) => e.action === 'approve')).toHaveLength(1)
    const stored = await payload.findByID({ collection: 'knowledge', id: item.id, draft: true })
    expect(stored).toMatchObject({ workflowState: 'in_review', reviewStep: 1 })
  })
})

describe('editing a published item', () => {
  it('works on a draft while the live version stays, and approval replaces it', async () => {
    const editor = await as('editor', '100000')
    const item = await createItem(editor, { title: '旧标题', channels: ['agent_kb'] })
    await act(editor, item.id, 'submit')
    await act(await as('reviewer', '100000'), item.id, 'approve')

    const direct = await editor.patch(`/api/knowledge/${item.id}`, { title: '直接改' })
    expect(direct.status).toBe(400)
    const draft = await editor.patch(`/api/knowledge/${item.id}?draft=true`, { title: '新标题' })
    expect(draft.status).toBe(200)

    const agent = await as('agent', '440100')
    expect((await (await agent.get(`/api/knowledge/${item.id}`)).json()).title).toBe('旧标题')
    expect(await act(editor, item.id, 'submit')).toMatchObject({
      body: { workflowState: 'in_review' },
    })
    expect((await (await agent.get(`/api/knowledge/${item.id}`)).json()).title).toBe('旧标题')
    await act(await as('reviewer', '100000'), item.id, 'approve')
    expect((await (await agent.get(`/api/knowledge/${item.id}`)).json()).title).toBe('新标题')
  })

  it('content in review cannot be edited, nor published directly', async () => {
    const editor = await as('editor', '510000')
    const item = await createItem(editor)
    await act(editor, item.id, 'submit')
    expect(
      (await editor.patch(`/api/knowledge/${item.id}?draft=true`, { title: 'x' })).status,
    ).toBe(409)
    const other = await createItem(editor)
    expect(
      (await editor.patch(`/api/knowledge/${other.id}`, { _status: 'published' })).status,
    ).toBe(403)
  })
})

describe('review events are append-only', () => {
  it('no API changes or deletes them, not even an HQ admin', async () => {
    const [event] = (await payload.find({ collection: 'review-events', limit: 1 })).docs
    const admin = await as('admin', '100000')
    expect((await admin.patch(`/api/review-events/${event!.id}`, { comment: 'x' })).status).toBe(
      403,
    )
    expect((await admin.delete(`/api/review-events/${event!.id}`)).status).toBe(403)
    expect(
      (
        await admin.post('/api/review-events', {
          item: event!.item,
          action: 'approve',
          to: 'published',
          transitionKey: 'x',
        })
      ).status,
    ).toBe(403)
    const gql = await (
      await admin.graphql(`mutation { deleteReviewEvent(id: "${event!.id}") { id } }`)
    ).json()
    expect(gql.errors?.[0]?.message).toBe('您无权执行此操作。')
    await expect(
      payload.update({ collection: 'review-events', id: event!.id, data: { comment: 'x' } }),
    ).rejects.toThrow('审核记录不可修改或删除')
    await expect(payload.delete({ collection: 'review-events', id: event!.id })).rejects.toThrow(
      '审核记录不可修改或删除',
    )
  })
})
