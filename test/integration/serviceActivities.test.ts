import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@seed/index'
import { goLiveServiceActivities } from '@collections/ServiceActivities/jobs/goLiveServiceActivities'
import { warnServiceActivities } from '@collections/ServiceActivities/jobs/warnServiceActivities'
import { applyScheduledTransitions } from '@collections/Knowledge/workflow/applyScheduledTransitions'
import { EVALUATION_STEP_KEYS } from '@/domain/serviceReadiness'
import { demoUsersOverHttp } from '@test/helpers/httpClient'
import { startApiServer } from '@test/helpers/httpServer'
import { createKnowledgeAt } from '@test/helpers/knowledge'
import { bootPayload } from '@test/helpers/payload'

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

/** A 广东 product launch, as its editor submits it; `extra` fills in parts. */
async function createActivity(extra: Record<string, unknown> = {}, by = ['editor', '440000']) {
  const editor = await as(by[0]!, by[1]!)
  const res = await editor.post('/api/service-activities', {
    title: '天翼5G畅享套餐上市',
    activityType: 'market',
    kind: 'product_launch',
    initiatingDepartment: '市场部',
    goLiveAt: new Date(Date.now() + 30 * DAY).toISOString(),
    ...extra,
  })
  const body = await res.json()
  expect(res.status, JSON.stringify(body)).toBe(201)
  return body.doc as { id: string; ownerCode: string; status: string }
}

/** Every part done: evaluations passed, the plan loaded with approved knowledge. */
async function completeParts(ownerCode = '440000') {
  // One after another: the fixtures' external ids are checked for uniqueness on create.
  const item = await createKnowledgeAt(payload, ownerCode, {
    state: 'approved',
    title: '5G畅享套餐资费说明',
  })
  const notice = { kind: 'notice' as const, channels: ['agent_kb' as const] }
  const announcement = await createKnowledgeAt(payload, ownerCode, { state: 'approved', ...notice })
  const training = await createKnowledgeAt(payload, ownerCode, { state: 'published', ...notice })
  return {
    ids: { item: item.id, announcement: announcement.id, training: training.id },
    parts: {
      evaluations: EVALUATION_STEP_KEYS.map((step) => ({
        step,
        result: 'passed',
        assignee: '客户服务部',
      })),
      requiredChanges: [{ change: '宣传单须注明合约期', answer: '已修改宣传单' }],
      knowledge: [item.id],
      announcement: announcement.id,
      trainingNotice: training.id,
      // No agent has read the training in this fixture; the target is what the test sets.
      trainingAckTarget: 0,
      emergencyPlan: '计费异常时暂停受理，按预案统一解释口径',
      checklist: [{ line: '营业厅宣传物料到位', done: true }],
    },
  }
}

describe('who may see and work on an activity (分级管理)', () => {
  it('its unit, the units above and below read it; beside it nobody; over REST and GraphQL', async () => {
    const activity = await createActivity()
    expect(activity.ownerCode).toBe('440000')
    const expected: Array<[string, string, 200 | 403 | 404]> = [
      ['editor', '440000', 200],
      ['reviewer', '440000', 200],
      ['compliance', '440000', 200],
      ['admin', '100000', 200],
      ['editor', '100000', 200],
      ['editor', '440100', 200],
      ['reviewer', '440300', 200],
      ['editor', '510000', 404],
      ['admin', '510000', 404],
      // Agents read live activities only (the console's 新业务上线).
      ['agent', '440000', 404],
    ]
    for (const [role, unit, status] of expected) {
      const reads = status === 200
      const client = await as(role, unit)
      const rest = await client.get(`/api/service-activities/${activity.id}`)
      expect(rest.status, `${role}.${unit} REST`).toBe(status)
      const listed = await client.get(`/api/service-activities?where[id][equals]=${activity.id}`)
      expect((await listed.json()).totalDocs ?? 0, `${role}.${unit} list`).toBe(reads ? 1 : 0)
      const gql = await client.graphql(`{ ServiceActivities { docs { id } } }`)
      const ids = ((await gql.json()).data?.ServiceActivities?.docs ?? []).map(
        (d: { id: string }) => d.id,
      )
      expect(ids.includes(activity.id), `${role}.${unit} GraphQL`).toBe(reads)
    }
    const anonymous = await fetch(`${api.url}/api/service-activities/${activity.id}`)
    // No access at all is a 403, as for the public.
    expect(anonymous.status).toBe(403)
  })

  it('editors and admins create; the owner is their unit whatever the form says', async () => {
    const guangdong = (
      await payload.find({ collection: 'org-units', where: { code: { equals: '510000' } } })
    ).docs[0]!
    const activity = await createActivity({ ownerUnit: guangdong.id, status: 'live' })
    expect(activity).toMatchObject({ ownerCode: '440000', status: 'planning' })
    for (const [role, unit] of [
      ['agent', '440000'],
      ['reviewer', '440000'],
      ['compliance', '440000'],
    ]) {
      const res = await (
        await as(role!, unit!)
      ).post('/api/service-activities', {
        title: 'x',
        activityType: 'network',
        kind: 'cutover',
        initiatingDepartment: '网络操作维护中心',
        goLiveAt: new Date().toISOString(),
      })
      expect(res.status, `${role}.${unit}`).toBe(403)
    }
  })

  it('content workers of the unit and above sign off; below and beside they cannot', async () => {
    const activity = await createActivity()
    const signOff = (role: string, unit: string) =>
      as(role, unit).then((c) =>
        c.patch(`/api/service-activities/${activity.id}`, {
          evaluations: [{ step: 'compliance', result: 'passed', assignee: `${role}.${unit}` }],
        }),
      )
    expect((await signOff('compliance', '440000')).status).toBe(200)
    expect((await signOff('reviewer', '440000')).status).toBe(200)
    expect((await signOff('admin', '100000')).status).toBe(200)
    expect((await signOff('editor', '440100')).status).toBe(403)
    expect((await signOff('compliance', '510000')).status).toBe(403)
    expect((await signOff('agent', '440000')).status).toBe(403)
    // The status is the go-live job's: a form cannot set it.
    const editor = await as('editor', '440000')
    const res = await editor.patch(`/api/service-activities/${activity.id}`, { status: 'live' })
    expect((await res.json()).doc.status).toBe('planning')
  })

  it('admins of the unit or above delete an activity before it goes live', async () => {
    const activity = await createActivity()
    expect(
      (await (await as('editor', '440000')).delete(`/api/service-activities/${activity.id}`))
        .status,
    ).toBe(403)
    expect(
      (await (await as('admin', '510000')).delete(`/api/service-activities/${activity.id}`)).status,
    ).toBe(403)
    expect(
      (await (await as('admin', '440000')).delete(`/api/service-activities/${activity.id}`)).status,
    ).toBe(200)
  })

  it('a kind of the other type is a 400 naming the field', async () => {
    const res = await (
      await as('editor', '440000')
    ).post('/api/service-activities', {
      title: '割接',
      activityType: 'market',
      kind: 'cutover',
      initiatingDepartment: '网络操作维护中心',
      goLiveAt: new Date().toISOString(),
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toContain('kind')
  })
})

describe('readiness on every read', () => {
  it('lists what is missing and who owns it, and is ready once every part is done', async () => {
    const activity = await createActivity()
    const editor = await as('editor', '440000')
    const fresh = await (await editor.get(`/api/service-activities/${activity.id}`)).json()
    expect(fresh.readiness.state).toBe('not_ready')
    expect(fresh.readiness.missing.map((m: { part: string }) => m.part)).toEqual([
      ...EVALUATION_STEP_KEYS.map((step) => `evaluation.${step}`),
      'announcement',
      'training',
      'emergencyPlan',
    ])
    const { parts, ids } = await completeParts()
    const done = await (await editor.patch(`/api/service-activities/${activity.id}`, parts)).json()
    expect(done.doc.readiness).toEqual({ state: 'ready', missing: [] })

    // A needed item going back to draft makes it not ready again, named with its owner.
    await payload.update({
      collection: 'knowledge',
      id: ids.item,
      draft: true,
      context: { workflowTransition: true },
      data: { workflowState: 'draft' },
    })
    const again = await (await editor.get(`/api/service-activities/${activity.id}`)).json()
    expect(again.readiness.missing).toEqual([
      {
        part: `knowledge.${ids.item}`,
        what: '知识库加载：《5G畅享套餐资费说明》尚未审核通过',
        owner: '广东省分公司',
      },
    ])
  })

  it('counts acknowledgements of the training notice by the agents of the areas affected', async () => {
    const { parts } = await completeParts()
    const guangzhou = (
      await payload.find({ collection: 'org-units', where: { code: { equals: '440100' } } })
    ).docs[0]!
    const activity = await createActivity({
      ...parts,
      trainingAckTarget: 100,
      areas: [guangzhou.id],
    })
    const editor = await as('editor', '440000')
    const before = await (await editor.get(`/api/service-activities/${activity.id}`)).json()
    expect(before.readiness.missing.map((m: { part: string }) => m.part)).toEqual(['training.acks'])
    expect(before.readiness.missing[0].what).toContain('已确认 0/1')
    const agent = await as('agent', '440100')
    expect(
      (await agent.post(`/api/knowledge/${parts.trainingNotice}/acknowledge`, {})).status,
    ).toBe(200)
    const after = await (await editor.get(`/api/service-activities/${activity.id}`)).json()
    expect(after.readiness.state).toBe('ready')
  })
})

describe('go-live as one step', () => {
  const jobReq = async () => (await createLocalReq({}, payload)) as PayloadRequest
  const stateOf = async (id: string) =>
    (await payload.findByID({ collection: 'knowledge', id, draft: true, depth: 0 })).workflowState

  it('publishes the whole approved bundle together and marks the activity live, once', async () => {
    const { parts, ids } = await completeParts()
    const activity = await createActivity({
      ...parts,
      goLiveAt: new Date(Date.now() - 60_000).toISOString(),
    })
    const first = await goLiveServiceActivities(await jobReq(), new Date())
    expect(first.live).toContain(activity.id)
    expect(await stateOf(ids.item)).toBe('published')
    expect(await stateOf(ids.announcement)).toBe('published')
    const doc = await payload.findByID({ collection: 'service-activities', id: activity.id })
    expect(doc).toMatchObject({ status: 'live', heldReason: null })
    // Live, it is there for the agents of its unit and below, not beside it.
    for (const [unit, status] of [
      ['440000', 200],
      ['440100', 200],
      ['510000', 404],
    ] as const) {
      const res = await (await as('agent', unit)).get(`/api/service-activities/${activity.id}`)
      expect(res.status, `agent.${unit}`).toBe(status)
    }
    const events = await payload.count({
      collection: 'review-events',
      where: { item: { equals: ids.item } },
    })
    const second = await goLiveServiceActivities(await jobReq(), new Date())
    expect(second.live).not.toContain(activity.id)
    expect(
      (await payload.count({ collection: 'review-events', where: { item: { equals: ids.item } } }))
        .totalDocs,
    ).toBe(events.totalDocs)
  })

  it('holds everything when one item is not approved, says why, and goes live once it is', async () => {
    const { parts, ids } = await completeParts()
    const draft = await createKnowledgeAt(payload, '440000', {
      state: 'draft',
      title: '5G畅享套餐办理指引',
    })
    const activity = await createActivity({
      ...parts,
      knowledge: [ids.item, draft.id],
      goLiveAt: new Date(Date.now() - 60_000).toISOString(),
    })
    // The scheduler's own publish on effective time leaves the bundle alone.
    await applyScheduledTransitions(await jobReq(), new Date())
    expect(await stateOf(ids.item)).toBe('approved')

    const held = await goLiveServiceActivities(await jobReq(), new Date())
    expect(held.held).toContain(activity.id)
    expect(await stateOf(ids.item)).toBe('approved')
    expect(await stateOf(ids.announcement)).toBe('approved')
    const editor = await as('editor', '440000')
    const doc = await (await editor.get(`/api/service-activities/${activity.id}`)).json()
    expect(doc).toMatchObject({ status: 'held', heldReason: '《5G畅享套餐办理指引》尚未审核通过' })

    await payload.update({
      collection: 'knowledge',
      id: draft.id,
      draft: true,
      context: { workflowTransition: true },
      data: { workflowState: 'approved' },
    })
    const live = await goLiveServiceActivities(await jobReq(), new Date())
    expect(live.live).toContain(activity.id)
    expect(await stateOf(draft.id)).toBe('published')
    expect(await stateOf(ids.item)).toBe('published')
  })

  it('a publish failing halfway leaves nothing of the bundle live (one transaction)', async () => {
    const { parts, ids } = await completeParts()
    // Approved but effective only next week: the workflow refuses to publish it now.
    const later = await createKnowledgeAt(payload, '440000', {
      state: 'approved',
      title: '下周生效',
    })
    await payload.update({
      collection: 'knowledge',
      id: later.id,
      draft: true,
      context: { workflowTransition: true },
      data: { effectiveFrom: new Date(Date.now() + 7 * DAY).toISOString() },
    })
    const activity = await createActivity({
      ...parts,
      knowledge: [ids.item, later.id],
      goLiveAt: new Date(Date.now() - 60_000).toISOString(),
    })
    const outcome = await goLiveServiceActivities(await jobReq(), new Date())
    expect(outcome.held).toContain(activity.id)
    expect(await stateOf(ids.item)).toBe('approved')
    expect(await stateOf(ids.announcement)).toBe('approved')
    const doc = await payload.findByID({ collection: 'service-activities', id: activity.id })
    expect(doc.status).toBe('held')
    expect(doc.heldReason).toMatch(/^上线失败：尚未到生效时间/)
  })

  it('one notice as both announcement and training notice is published once', async () => {
    const { parts, ids } = await completeParts()
    const activity = await createActivity({
      ...parts,
      trainingNotice: ids.announcement,
      goLiveAt: new Date(Date.now() - 60_000).toISOString(),
    })
    const outcome = await goLiveServiceActivities(await jobReq(), new Date())
    expect(outcome.live).toContain(activity.id)
    expect(await stateOf(ids.announcement)).toBe('published')
  })

  it('the owner may release the approved part of a held bundle; who and when are kept', async () => {
    const { parts, ids } = await completeParts()
    const draft = await createKnowledgeAt(payload, '440000', {
      state: 'draft',
      title: '未完成的条目',
    })
    const activity = await createActivity({
      ...parts,
      knowledge: [ids.item, draft.id],
      goLiveAt: new Date(Date.now() - 60_000).toISOString(),
    })
    await goLiveServiceActivities(await jobReq(), new Date())
    const editor = await as('editor', '440000')
    const released = await (
      await editor.patch(`/api/service-activities/${activity.id}`, {
        releaseApproved: true,
        releasedBy: null,
        releasedAt: '2000-01-01T00:00:00.000Z',
      })
    ).json()
    expect(released.doc.releasedBy.email).toBe('editor.440000@demo.kb')
    expect(new Date(released.doc.releasedAt).getTime()).toBeGreaterThan(Date.now() - 60_000)
    await goLiveServiceActivities(await jobReq(), new Date())
    expect(await stateOf(ids.item)).toBe('published')
    expect(await stateOf(draft.id)).toBe('draft')
    const doc = await payload.findByID({ collection: 'service-activities', id: activity.id })
    expect(doc.status).toBe('live')
    expect(doc.heldReason).toContain('未完成的条目')
  })
})

describe('warnings before go-live (预警)', () => {
  it('warns at 7 days, 2 days and go-live about an activity not ready, once each', async () => {
    const goLive = new Date(Date.now() + 10 * DAY)
    const activity = await createActivity({ goLiveAt: goLive.toISOString() })
    const before = (days: number) => new Date(goLive.getTime() - days * DAY)
    const req = (await createLocalReq({}, payload)) as PayloadRequest
    const warningsOf = async () =>
      (await (await as('editor', '440000')).get(`/api/service-activities/${activity.id}`))
        .json()
        .then((doc) => doc.warnings.map((w: { threshold: string }) => w.threshold))

    expect(await warnServiceActivities(req, before(8))).not.toContain(activity.id)
    expect(await warnServiceActivities(req, before(7))).toContain(activity.id)
    expect(await warnServiceActivities(req, before(6))).not.toContain(activity.id)
    expect(await warningsOf()).toEqual(['days_7'])
    expect(await warnServiceActivities(req, before(2))).toContain(activity.id)
    expect(await warnServiceActivities(req, before(0))).toContain(activity.id)
    expect(await warnServiceActivities(req, before(-0.1))).not.toContain(activity.id)
    const doc = await (await as('editor', '440000')).get(`/api/service-activities/${activity.id}`)
    const { warnings } = await doc.json()
    expect(warnings.map((w: { threshold: string }) => w.threshold)).toEqual([
      'days_7',
      'days_2',
      'go_live',
    ])
    expect(warnings[0].message).toMatch(/^距上线 7 天仍未就绪：文档评估：未安排（广东省分公司）；/)
    expect(warnings[0].message).toMatch(/另有 \d+ 项$/)
    // Warnings are the job's: a form cannot clear them.
    await (
      await as('editor', '440000')
    ).patch(`/api/service-activities/${activity.id}`, {
      warnings: [],
    })
    expect(await warningsOf()).toHaveLength(3)
  })

  it('does not warn about an activity that is ready', async () => {
    const { parts } = await completeParts()
    const activity = await createActivity({
      ...parts,
      goLiveAt: new Date(Date.now() + DAY).toISOString(),
    })
    const req = (await createLocalReq({}, payload)) as PayloadRequest
    expect(await warnServiceActivities(req, new Date())).not.toContain(activity.id)
  })
})

describe('closing (事后)', () => {
  it('the owner unit or above closes a live activity with its review; others cannot; a 400 names what is wrong', async () => {
    const { parts } = await completeParts()
    const activity = await createActivity({
      ...parts,
      goLiveAt: new Date(Date.now() - 60_000).toISOString(),
    })
    const close = (role: string, unit: string, body: unknown) =>
      as(role, unit).then((c) => c.post(`/api/service-activities/${activity.id}/close`, body))
    const review = {
      review: '上线首日 10000 号咨询量上升 30%，按预案解释，无升级投诉。',
      followed: true,
    }
    // Not live yet.
    expect((await close('editor', '440000', review)).status).toBe(409)
    await goLiveServiceActivities((await createLocalReq({}, payload)) as PayloadRequest, new Date())

    const missing = await close('editor', '440000', { followed: true })
    expect(missing.status).toBe(400)
    expect(JSON.stringify(await missing.json())).toContain('请填写结束评估')
    expect((await close('editor', '510000', review)).status).toBe(404)
    expect((await close('agent', '440000', review)).status).toBe(403)
    expect((await close('editor', '440100', review)).status).toBe(403)
    const res = await close('reviewer', '440000', review)
    expect(res.status).toBe(200)
    const doc = await (await as('editor', '440000')).get(`/api/service-activities/${activity.id}`)
    expect(await doc.json()).toMatchObject({
      status: 'closed',
      closingReview: review.review,
      followedProcess: true,
      closedBy: { email: 'reviewer.440000@demo.kb' },
    })
    expect((await close('reviewer', '440000', review)).status).toBe(409)
  })
})
