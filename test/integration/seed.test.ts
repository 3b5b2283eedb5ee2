import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@seed/index'
import { SEED_CATEGORIES } from '@seed/content/categories'
import { SEED_GLOSSARY } from '@seed/content/glossary'
import { SEED_KNOWLEDGE_ITEMS, SEED_REGION_VALUES } from '@seed/content/knowledgeItems'
import { SEED_REPORTS } from '@seed/content/reports'
import { SEED_SERVICE_ACTIVITIES } from '@seed/content/serviceActivities'
import { DEMO_PASSWORD, SEED_USERS } from '@seed/demoUsers'
import { SEED_ORG_UNITS } from '@seed/orgTree'
import { bootPayload } from '@test/helpers/payload'

let payload: Payload
beforeAll(async () => {
  payload = await bootPayload()
})
afterAll(async () => {
  await payload?.destroy()
})

const counts = async () => ({
  orgUnits: (await payload.count({ collection: 'org-units' })).totalDocs,
  users: (await payload.count({ collection: 'users' })).totalDocs,
  categories: (await payload.count({ collection: 'categories' })).totalDocs,
  glossary: (await payload.count({ collection: 'glossary' })).totalDocs,
  knowledge: (await payload.count({ collection: 'knowledge' })).totalDocs,
  reviewEvents: (await payload.count({ collection: 'review-events' })).totalDocs,
  serviceActivities: (await payload.count({ collection: 'service-activities' })).totalDocs,
  reports: (await payload.count({ collection: 'feedback' })).totalDocs,
})

describe('seed', () => {
  it('creates the demo tree and users, then changes nothing on a second run', async () => {
    const progress: number[] = []
    const first = await seed(payload, { onProgress: ({ done }) => progress.push(done) })
    const regionUnits = Object.keys(SEED_REGION_VALUES).length
    const total =
      SEED_ORG_UNITS.length +
      SEED_USERS.length +
      SEED_CATEGORIES.length +
      SEED_GLOSSARY.length +
      regionUnits +
      SEED_KNOWLEDGE_ITEMS.length +
      SEED_SERVICE_ACTIVITIES.length +
      SEED_REPORTS.length
    // Region values land on units created just before: counted as updates.
    expect(first).toEqual({ created: total - regionUnits, updated: regionUnits, unchanged: 0 })
    expect(progress).toEqual(Array.from({ length: total }, (_, i) => i + 1))
    const afterFirst = await counts()
    expect(afterFirst).toEqual({
      orgUnits: 9,
      users: 25,
      categories: SEED_CATEGORIES.length,
      glossary: SEED_GLOSSARY.length,
      knowledge: SEED_KNOWLEDGE_ITEMS.length,
      reviewEvents: SEED_KNOWLEDGE_ITEMS.length,
      serviceActivities: SEED_SERVICE_ACTIVITIES.length,
      reports: SEED_REPORTS.length,
    })

    const second = await seed(payload)
    expect(second).toEqual({ created: 0, updated: 0, unchanged: total })
    expect(await counts()).toEqual(afterFirst)
  })

  it('has a 服务前置 activity in every state, as the go-live job and readiness decide', async () => {
    const { docs } = await payload.find({ collection: 'service-activities', limit: 0 })
    const states = docs.map((d) => `${d.title}: ${d.status}/${d.readiness?.state}`).sort()
    expect(states).toEqual([
      '“5G畅享融合”新套餐全国上市: planning/ready',
      '广东千兆宽带提速季: planning/at_risk',
      '广州宽带安装限时优惠: held/at_risk',
      '广州营业厅预约规则调整: planning/not_ready',
      '成都天府融合套餐千兆升级: closed/at_risk',
      '核心网设备夜间割接: live/ready',
    ])
  })

  it('has reports in every status, one escalated by the job past its time limit', async () => {
    const { docs } = await payload.find({ collection: 'feedback', limit: 0, depth: 0 })
    expect(docs).toHaveLength(SEED_REPORTS.length)
    expect(new Set(docs.map((d) => d.status))).toEqual(
      new Set(['new', 'accepted', 'forwarded', 'resolved', 'rejected']),
    )
    const escalated = docs.find((d) => d.kind === 'system' && d.ownerCode === '440300')!
    expect(escalated).toMatchObject({ status: 'forwarded', handlerCode: '440000', overdue: true })
    expect(escalated.history?.map((h) => h.event)).toEqual(['filed', 'escalate'])
    // Filed 12 days ago and passed up by 广州 to 广东, which answered.
    const missing = docs.find((d) => d.kind === 'missing')!
    expect(missing).toMatchObject({ status: 'resolved', handlerCode: '440000', points: 0.3 })
    expect(Date.now() - new Date(missing.createdAt).getTime()).toBeGreaterThan(11 * 86_400_000)
    expect(docs.find((d) => d.kind === 'walkthrough')?.points).toBe(1)
    // The week just ended has a bulletin per province, 广东's with its reports in it.
    const { docs: bulletins } = await payload.find({
      collection: 'report-bulletins',
      where: { cadence: { equals: 'weekly' }, ownerCode: { equals: '440000' } },
    })
    expect(bulletins).toHaveLength(1)
    const rows = (bulletins[0]!.figures as { rows: { received: number }[] }).rows
    expect(rows.reduce((sum, row) => sum + row.received, 0)).toBeGreaterThan(0)
  })

  it('repairs a demo user whose role was changed, without duplicating it', async () => {
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { equals: 'agent.440100@demo.kb' } },
    })
    await payload.update({ collection: 'users', id: docs[0]!.id, data: { roles: ['editor'] } })
    const report = await seed(payload, { orgOnly: true })
    expect(report).toMatchObject({ created: 0, updated: 1 })
    const { docs: after } = await payload.find({
      collection: 'users',
      where: { email: { equals: 'agent.440100@demo.kb' } },
    })
    expect(after).toHaveLength(1)
    expect(after[0]!.roles).toEqual(['agent'])
  })

  it('gives every demo user the documented login and the right unit', async () => {
    const { user } = await payload.login({
      collection: 'users',
      data: { email: 'editor.440100@demo.kb', password: DEMO_PASSWORD },
    })
    expect(user).toMatchObject({
      roles: ['editor'],
      orgLevel: 'city',
      orgProvince: '440000',
      orgCity: '440100',
    })
    const hqAdmin = await payload.find({
      collection: 'users',
      where: { email: { equals: 'admin.100000@demo.kb' } },
    })
    expect(hqAdmin.docs[0]).toMatchObject({ orgLevel: 'hq', orgCode: '100000', orgProvince: null })
  })
})

describe('seeded knowledge', () => {
  it('stores each demo item in its state, live only when published', async () => {
    for (const state of [
      'draft',
      'in_review',
      'approved',
      'published',
      'expired',
      'archived',
    ] as const) {
      const expected = SEED_KNOWLEDGE_ITEMS.filter((item) => item.state === state).length
      const { totalDocs } = await payload.count({
        collection: 'knowledge',
        where: { workflowState: { equals: state } },
      })
      expect(`${state}: ${totalDocs}`).toBe(`${state}: ${expected}`)
    }
    const live = await payload.count({
      collection: 'knowledge',
      where: { _status: { equals: 'published' } },
    })
    expect(live.totalDocs).toBe(
      SEED_KNOWLEDGE_ITEMS.filter((item) => item.state === 'published').length,
    )
  })

  it('marks originals replaced by published variants', async () => {
    const variant = SEED_KNOWLEDGE_ITEMS.find(
      (item) => item.overrides && item.state === 'published' && item.owner === '440000',
    )!
    const { docs } = await payload.find({
      collection: 'knowledge',
      where: { externalId: { equals: variant.overrides } },
    })
    expect(docs[0]!.overriddenIn?.split(' ')).toContain('440000')
  })
})
