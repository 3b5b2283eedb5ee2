import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { escalateOverdueReports } from '@collections/Feedback/jobs/escalateOverdueReports'
import { monitorOfUnit } from '@collections/Feedback/monitor/loadReportMonitor'
import { publishReportBulletins } from '@collections/ReportBulletins/jobs/publishReportBulletins'
import { lastCompletedPeriod, periodLabel } from '@/domain/bulletins'
import { addWorkingDays } from '@/domain/deadlines'
import { setClock } from '@/lib/clock'
import { seed } from '@seed/index'
import { type HttpClient, demoUsersOverHttp } from '@test/helpers/httpClient'
import { startApiServer } from '@test/helpers/httpServer'
import { createKnowledgeAt } from '@test/helpers/knowledge'
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
  setClock(null)
  await api?.close()
  await payload?.destroy()
})

type Report = {
  id: string
  status: string
  handlerCode: string | null
  dueAt: string | null
  overdue: boolean
  points: number | null
  reply: string | null
  history: {
    event: string
    fromCode?: string | null
    toCode?: string | null
    note?: string | null
  }[]
}

async function file(client: HttpClient, body: Record<string, unknown>): Promise<Report> {
  const res = await client.post('/api/feedback', body)
  expect(res.status, await res.clone().text()).toBe(201)
  return (await res.json()).doc
}

const stored = (id: string) =>
  payload.findByID({ collection: 'feedback', id, depth: 0 }) as Promise<unknown> as Promise<Report>

const handle = (client: HttpClient, id: string, body: Record<string, unknown>) =>
  client.post(`/api/feedback/${id}/handle`, body)

/** Whether `client` finds the report over REST, and over GraphQL. */
async function reads(client: HttpClient, id: string): Promise<[boolean, boolean]> {
  const rest = await (await client.get(`/api/feedback?where[id][equals]=${id}&depth=0`)).json()
  const graph = await (
    await client.post('/api/graphql', {
      query: `{ Feedbacks(where: { id: { equals: "${id}" } }) { docs { id } } }`,
    })
  ).json()
  return [(rest.docs ?? []).length === 1, (graph.data?.Feedbacks?.docs ?? []).length === 1]
}

describe('the report channel: routed upward from the reporter’s unit', () => {
  it('a city agent’s problem goes to the city first, with the city’s time limit', async () => {
    const agent = await as('agent', '440100')
    const before = new Date()
    const report = await file(agent, {
      kind: 'business',
      text: '携号转网客户咨询积分清零规则，现有口径不一致',
      status: 'resolved',
      handlerCode: '100000',
    })
    expect(report).toMatchObject({ status: 'new', handlerCode: '440100', overdue: false })
    const due = new Date(report.dueAt!).getTime()
    expect(due).toBeGreaterThanOrEqual(addWorkingDays(before, 2).getTime() - 1000)
    expect(due).toBeLessThanOrEqual(addWorkingDays(new Date(), 2).getTime())
    expect(report.history.map((h) => [h.event, h.toCode])).toEqual([['filed', '440100']])
  })

  it('refuses incomplete reports with the field named, and items on free kinds', async () => {
    const agent = await as('agent', '440100')
    const empty = await agent.post('/api/feedback', { kind: 'process' })
    expect(empty.status).toBe(400)
    expect((await empty.json()).errors[0].message).toBe('请填写问题或建议的内容')
    const missing = await agent.post('/api/feedback', { kind: 'missing' })
    expect(missing.status).toBe(400)
    const item = (await createKnowledgeAt(payload, '440000', { state: 'published' })).id
    const withItem = await agent.post('/api/feedback', { kind: 'system', item, text: 'x' })
    expect(withItem.status).toBe(400)
    const noItem = await agent.post('/api/feedback', { kind: 'error', text: 'x' })
    expect(noItem.status).toBe(400)
    expect((await noItem.json()).errors[0].message).toBe('请指明反馈的条目')
  })

  it('is read by the reporter, the units it passed through and their parent tiers only — REST and GraphQL', async () => {
    const reporter = await as('agent', '440300')
    const report = await file(reporter, { kind: 'system', text: 'CRM 查询套餐余量超时' })
    // [role, unit, reads]: content workers of 深圳 and of the tiers above it; nobody else.
    const expected: [string, string, boolean][] = [
      ['editor', '440300', true],
      ['reviewer', '440300', true],
      ['admin', '440300', true],
      ['compliance', '440300', true],
      ['editor', '440000', true],
      ['admin', '440000', true],
      ['agent', '440000', false],
      ['editor', '440100', false],
      ['admin', '440100', false],
      ['agent', '440100', false],
      ['editor', '510000', false],
      ['admin', '510000', false],
      ['editor', '100000', true],
      ['admin', '100000', true],
      ['agent', '100000', false],
    ]
    const check = async () => {
      expect(await reads(reporter, report.id)).toEqual([true, true])
      for (const [role, unit, allowed] of expected)
        expect([role, unit, await reads(await as(role, unit), report.id)]).toEqual([
          role,
          unit,
          [allowed, allowed],
        ])
    }
    await check()
    // Forwarded to 广东 and then to HQ, it is still seen by exactly the same people.
    await handle(await as('reviewer', '440300'), report.id, {
      action: 'forward',
      text: '需省公司协调',
    })
    await handle(await as('reviewer', '440000'), report.id, { action: 'forward', text: '需总部IT' })
    expect((await stored(report.id)).handlerCode).toBe('100000')
    await check()
  })

  it('only the unit holding it handles it; only its gatekeeper forwards it, with a note', async () => {
    const report = await file(await as('agent', '440100'), {
      kind: 'process',
      text: '销户流程需到归属地营业厅，客户不满',
    })
    const refused: [string, string, Record<string, unknown>, number][] = [
      ['editor', '440000', { action: 'accept' }, 403], // the province does not hold it yet
      ['editor', '440300', { action: 'accept' }, 404], // another city does not even see it
      ['agent', '440300', { action: 'accept' }, 404],
      ['editor', '440100', { action: 'forward', text: '请省里处理' }, 403], // not a gatekeeper
      ['reviewer', '440100', { action: 'forward' }, 400], // no note
      ['reviewer', '440100', { action: 'resolve' }, 400], // no reply
      ['reviewer', '440100', { action: 'approve' }, 400],
    ]
    for (const [role, unit, body, status] of refused) {
      const res = await handle(await as(role, unit), report.id, body)
      expect([role, unit, body.action, res.status]).toEqual([role, unit, body.action, status])
    }
    const accepted = await handle(await as('editor', '440100'), report.id, { action: 'accept' })
    expect(accepted.status, await accepted.clone().text()).toBe(200)
    const forwarded = await handle(await as('reviewer', '440100'), report.id, {
      action: 'forward',
      text: '涉及全省流程，需省公司客户服务部处理',
    })
    expect(await forwarded.json()).toMatchObject({ status: 'forwarded', handlerCode: '440000' })
    // Now the city has let go, and the province holds it with the province's limit.
    expect(
      (await handle(await as('editor', '440100'), report.id, { action: 'accept' })).status,
    ).toBe(403)
    const after = await stored(report.id)
    expect(after.history.map((h) => [h.event, h.fromCode ?? null, h.toCode ?? null])).toEqual([
      ['filed', null, '440100'],
      ['accept', null, null],
      ['forward', '440100', '440000'],
    ])
    expect(after.history[2]!.note).toBe('涉及全省流程，需省公司客户服务部处理')
    const resolved = await handle(await as('editor', '440000'), report.id, {
      action: 'resolve',
      text: '已优化：异地销户可在任一营业厅受理',
    })
    expect(resolved.status).toBe(200)
    expect(await stored(report.id)).toMatchObject({
      status: 'resolved',
      reply: '已优化：异地销户可在任一营业厅受理',
    })
    expect(
      (await handle(await as('editor', '440000'), report.id, { action: 'reject', text: 'x' }))
        .status,
    ).toBe(409)
  })

  it('an item report goes to the item’s owner unit; a 流程穿越 to the unit walked, by province staff only', async () => {
    const item = (await createKnowledgeAt(payload, '100000', { state: 'published' })).id
    const onItem = await file(await as('agent', '440300'), {
      kind: 'error',
      item,
      text: '号码有误',
    })
    expect(onItem.handlerCode).toBe('100000')
    const shenzhen = await findOrgUnit(payload, '440300')
    const walk = await file(await as('reviewer', '440000'), {
      kind: 'walkthrough',
      walkedUnit: shenzhen.id,
      walkthroughMode: 'joint',
      text: '宽带报装流程穿越：装机预约需客户往返两次',
    })
    expect(walk).toMatchObject({ handlerCode: '440300' })
    const byAgent = await (
      await as('agent', '440000')
    ).post('/api/feedback', {
      kind: 'walkthrough',
      walkedUnit: shenzhen.id,
      text: 'x',
    })
    expect(byAgent.status).toBe(400)
    const sichuan = await findOrgUnit(payload, '510000')
    const outside = await (
      await as('reviewer', '440000')
    ).post('/api/feedback', {
      kind: 'walkthrough',
      walkedUnit: sichuan.id,
      text: 'x',
    })
    expect(outside.status).toBe(400)
    expect((await outside.json()).errors[0].message).toBe('只能穿越本单位及下级单位的流程')
  })
})

describe('time limits: overdue reports escalate one tier up by themselves', () => {
  it('city → province → HQ, each with its own limit; at HQ it is only marked', async () => {
    const jobReq = (await createLocalReq({}, payload)) as PayloadRequest
    const report = await file(await as('agent', '440300'), {
      kind: 'service_suggestion',
      text: '建议营业厅增加老年人专席',
    })
    const due = new Date(report.dueAt!)
    expect(await escalateOverdueReports(jobReq, new Date(due.getTime() - 60_000))).not.toContain(
      report.id,
    )
    const late = new Date(due.getTime() + 60_000)
    expect(await escalateOverdueReports(jobReq, late)).toContain(report.id)
    const atProvince = await stored(report.id)
    expect(atProvince).toMatchObject({ status: 'forwarded', handlerCode: '440000', overdue: true })
    expect(new Date(atProvince.dueAt!).getTime()).toBe(addWorkingDays(late, 3).getTime())
    // The reporter sees what happened.
    const mine = await (
      await (await as('agent', '440300')).get(`/api/feedback/${report.id}?depth=0`)
    ).json()
    expect(mine.history.at(-1)).toMatchObject({
      event: 'escalate',
      fromCode: '440300',
      toCode: '440000',
    })

    const later = new Date(new Date(atProvince.dueAt!).getTime() + 60_000)
    expect(await escalateOverdueReports(jobReq, later)).toContain(report.id)
    const atHq = await stored(report.id)
    expect(atHq.handlerCode).toBe('100000')
    // Already marked overdue, it is not marked again at HQ; a report filed at HQ is marked once.
    const last = new Date(new Date(atHq.dueAt!).getTime() + 60_000)
    expect(await escalateOverdueReports(jobReq, last)).not.toContain(report.id)
    expect((await stored(report.id)).history.map((h) => h.event)).toEqual([
      'filed',
      'escalate',
      'escalate',
    ])
    const atHqFirst = await file(await as('agent', '100000'), {
      kind: 'system',
      text: '知识库搜索慢',
    })
    const hqLate = new Date(new Date(atHqFirst.dueAt!).getTime() + 60_000)
    expect(await escalateOverdueReports(jobReq, hqLate)).toContain(atHqFirst.id)
    expect(await escalateOverdueReports(jobReq, hqLate)).not.toContain(atHqFirst.id)
    expect(await stored(atHqFirst.id)).toMatchObject({ handlerCode: '100000', overdue: true })
  })

  it('HQ admins set the limits (and only they); a new report takes them', async () => {
    const rules = {
      days: { hq: 5, province: 3, city: 4 },
      kindDays: [{ kind: 'system', hq: 2, province: 1, city: 1 }],
    }
    for (const [role, unit] of [
      ['admin', '440000'],
      ['editor', '100000'],
    ] as const) {
      const res = await (await as(role, unit)).post('/api/globals/report-rules', rules)
      expect([role, unit, res.status]).toEqual([role, unit, 403])
    }
    const hqAdmin = await as('admin', '100000')
    const saved = await hqAdmin.post('/api/globals/report-rules', rules)
    expect(saved.status, await saved.clone().text()).toBe(200)
    try {
      const agent = await as('agent', '440100')
      const start = new Date()
      const system = await file(agent, { kind: 'system', text: '工单系统无法登录' })
      const business = await file(agent, { kind: 'business', text: '套餐迁转规则不清' })
      expect(new Date(system.dueAt!).getTime()).toBeLessThanOrEqual(
        addWorkingDays(new Date(), 1).getTime(),
      )
      expect(new Date(system.dueAt!).getTime()).toBeGreaterThanOrEqual(
        addWorkingDays(start, 1).getTime() - 1000,
      )
      expect(new Date(business.dueAt!).getTime()).toBeGreaterThanOrEqual(
        addWorkingDays(start, 4).getTime() - 1000,
      )
      // Every save is kept, readable by HQ admins only.
      const versions = await (await hqAdmin.get('/api/globals/report-rules/versions')).json()
      expect(versions.totalDocs).toBeGreaterThanOrEqual(1)
      expect(
        (await (await as('admin', '440000')).get('/api/globals/report-rules/versions')).status,
      ).toBe(403)
    } finally {
      await hqAdmin.post('/api/globals/report-rules', {
        days: { hq: 5, province: 3, city: 2 },
        kindDays: [],
      })
    }
  })
})

describe('reopen, merge and points', () => {
  it('the reporter reopens once, within 14 days, with a reason; nobody else can', async () => {
    const agent = await as('agent', '440100')
    const report = await file(agent, { kind: 'business', text: '国际漫游包资费口径' })
    await handle(await as('editor', '440100'), report.id, { action: 'reject', text: '已有口径' })
    expect(
      (await handle(await as('agent', '440300'), report.id, { action: 'reopen', text: 'x' }))
        .status,
    ).toBe(404)
    expect(
      (await handle(await as('editor', '440100'), report.id, { action: 'reopen', text: 'x' }))
        .status,
    ).toBe(403)
    expect((await handle(agent, report.id, { action: 'reopen' })).status).toBe(400)
    const reopened = await handle(agent, report.id, { action: 'reopen', text: '口径与系统不一致' })
    expect(await reopened.json()).toMatchObject({ status: 'new', handlerCode: '440100' })
    await handle(await as('editor', '440100'), report.id, { action: 'resolve', text: '已更正' })
    const again = await handle(agent, report.id, { action: 'reopen', text: '还是不对' })
    expect(again.status).toBe(409)
    expect((await again.json()).errors[0].message).toBe('每条反馈只能重新打开一次')

    const late = await file(agent, { kind: 'business', text: '副卡办理' })
    await handle(await as('editor', '440100'), late.id, { action: 'resolve', text: '已答复' })
    setClock(new Date(Date.now() + 15 * 86_400_000))
    try {
      expect((await handle(agent, late.id, { action: 'reopen', text: '仍有疑问' })).status).toBe(
        409,
      )
    } finally {
      setClock(null)
    }
  })

  it('merging a duplicate closes it; its reporter follows and reads the one kept', async () => {
    const first = await file(await as('agent', '440100'), { kind: 'system', text: '计费系统宕机' })
    const duplicate = await file(await as('agent', '440000'), {
      kind: 'system',
      text: '计费系统打不开',
    })
    // 广州 cannot merge into a report it cannot even see (广东's own).
    expect(
      (
        await handle(await as('editor', '440100'), first.id, {
          action: 'merge',
          into: duplicate.id,
        })
      ).status,
    ).toBe(404)
    await handle(await as('reviewer', '440100'), first.id, { action: 'forward', text: '全省问题' })
    const merged = await handle(await as('editor', '440000'), duplicate.id, {
      action: 'merge',
      into: first.id,
    })
    expect(merged.status, await merged.clone().text()).toBe(200)
    expect(await stored(duplicate.id)).toMatchObject({ status: 'resolved', mergedInto: first.id })
    const follower = await as('agent', '440000')
    expect(await reads(follower, first.id)).toEqual([true, true])
    await handle(await as('editor', '440000'), first.id, { action: 'resolve', text: '已恢复' })
    const seen = await (await follower.get(`/api/feedback/${first.id}?depth=0`)).json()
    expect(seen.reply).toBe('已恢复')
  })

  it('points are counted once, when a report is accepted or resolved as valid, by the seed’s weights', async () => {
    const agent = await as('agent', '440300')
    const problem = await file(agent, { kind: 'system', text: '工号权限异常' })
    const suggestion = await file(agent, { kind: 'service_suggestion', text: '短信模板加退订说明' })
    const rejected = await file(agent, { kind: 'business', text: '重复反馈' })
    const editor = await as('editor', '440300')
    await handle(editor, problem.id, { action: 'accept' })
    await handle(editor, problem.id, { action: 'resolve', text: '已处理' })
    await handle(editor, suggestion.id, { action: 'resolve', text: '采纳' })
    await handle(editor, rejected.id, { action: 'reject', text: '不属实' })
    expect((await stored(problem.id)).points).toBe(0.3)
    expect((await stored(suggestion.id)).points).toBe(0.5)
    expect((await stored(rejected.id)).points).toBeNull()
    const walker = await findUserByEmail(payload, 'reviewer.440000@demo.kb')
    expect(walker.orgCode).toBe('440000')
  })
})

describe('省公司监控 and the points ranking', () => {
  type Row = {
    code: string
    received: number
    open: number
    overdue: number
    closed: number
    closedOnTime: number
  }
  const monitor = async (client: HttpClient, query = '') => {
    const res = await client.get(`/api/kb/report-monitor${query}`)
    expect(res.status, await res.clone().text()).toBe(200)
    return (await res.json()) as {
      unit: { code: string }
      rows: Row[]
      ranking: { name: string; points: number }[]
    }
  }
  const rowOf = (rows: Row[], code: string) => rows.find((row) => row.code === code)!

  it('counts per unit below the viewer’s, as filed and handled', async () => {
    const admin = await as('admin', '440000')
    // Both readings are taken 20 days on, over a period from yesterday to then: what changes
    // between them is what this test did.
    const day = (date: Date) => date.toISOString().slice(0, 10)
    const later = new Date(Date.now() + 20 * 86_400_000)
    const period = `?from=${day(new Date(Date.now() - 86_400_000))}&to=${day(later)}`
    const reading = async () => {
      setClock(later)
      try {
        return await monitor(admin, period)
      } finally {
        setClock(null)
      }
    }
    const before = await reading()
    expect(before.unit.code).toBe('440000')
    expect(before.rows.map((row) => row.code)).toEqual(['440000', '440100', '440300'])

    // In 广州: two filed; one resolved on time; one escalated past its limit and still open.
    const agent = await as('agent', '440100')
    const done = await file(agent, { kind: 'business', text: '监控用例：已办结' })
    const late = await file(agent, { kind: 'business', text: '监控用例：超时' })
    await handle(await as('editor', '440100'), done.id, { action: 'resolve', text: '已答复' })
    const jobReq = (await createLocalReq({}, payload)) as PayloadRequest
    await escalateOverdueReports(jobReq, new Date(new Date(late.dueAt!).getTime() + 60_000))
    const after = await reading()
    const [b, a] = [rowOf(before.rows, '440100'), rowOf(after.rows, '440100')]
    expect({
      received: a.received - b.received,
      open: a.open - b.open,
      overdue: a.overdue - b.overdue,
      closed: a.closed - b.closed,
      closedOnTime: a.closedOnTime - b.closedOnTime,
    }).toEqual({ received: 2, open: 1, overdue: 1, closed: 1, closedOnTime: 1 })
    // 深圳 is untouched by 广州's reports.
    expect(rowOf(after.rows, '440300')).toEqual(rowOf(before.rows, '440300'))
  })

  it('ranks reporters by points in the province', async () => {
    const { ranking } = await monitor(await as('admin', '440000'))
    // 深圳's agent earned 0.3 + 0.5 above; nobody in 四川 ever appears here.
    const shenzhen = ranking.find((entry) => entry.name.startsWith('深圳市分公司'))
    expect(shenzhen?.points).toBeGreaterThanOrEqual(0.8)
    expect(ranking.every((entry) => !entry.name.startsWith('四川'))).toBe(true)
    const points = ranking.map((entry) => entry.points)
    expect(points).toEqual([...points].sort((x, y) => y - x))
  })

  it('is scoped to the viewer’s subtree: 403 outside it and for agents, 400 on a bad date', async () => {
    expect(
      (await (await as('admin', '440100')).get('/api/kb/report-monitor?unit=440000')).status,
    ).toBe(403)
    expect(
      (await (await as('admin', '440100')).get('/api/kb/report-monitor?unit=440300')).status,
    ).toBe(403)
    expect(
      (await (await as('admin', '510000')).get('/api/kb/report-monitor?unit=440000')).status,
    ).toBe(403)
    expect((await (await as('agent', '440000')).get('/api/kb/report-monitor')).status).toBe(403)
    const bad = await (await as('admin', '440000')).get('/api/kb/report-monitor?from=2026-13-01')
    expect(bad.status).toBe(400)
    expect((await bad.json()).errors[0].message).toMatch(/^from/)
    const city = await monitor(await as('admin', '440100'))
    expect(city.rows.map((row) => row.code)).toEqual(['440100'])
    const hq = await monitor(await as('admin', '100000'))
    expect(hq.rows.map((row) => row.code)).toContain('510000')
  })
})

describe('定期通报: each province’s weekly and monthly bulletin', () => {
  it('is written once per province and period by the job, with the monitor’s figures', async () => {
    const jobReq = (await createLocalReq({}, payload)) as PayloadRequest
    // A reply that Excel would run as a formula, quoted in the bulletin's changes.
    const formula = await file(await as('agent', '440100'), { kind: 'business', text: '公式测试' })
    await handle(await as('editor', '440100'), formula.id, {
      action: 'resolve',
      text: '=HYPERLINK("http://evil.example","点这里")',
    })
    // A week on, the week of everything these tests filed has ended.
    const at = new Date(Date.now() + 8 * 86_400_000)
    const written = await publishReportBulletins(jobReq, at)
    const week = lastCompletedPeriod('weekly', at)
    expect(written).toContain(`440000:weekly:${week.from.toISOString()}`)
    expect(written).toContain(
      `510000:monthly:${lastCompletedPeriod('monthly', at).from.toISOString()}`,
    )
    expect(await publishReportBulletins(jobReq, at)).toEqual([])

    const admin = await as('admin', '440000')
    const list = await (
      await admin.get('/api/report-bulletins?where[cadence][equals]=weekly&depth=0&limit=50')
    ).json()
    const bulletin = list.docs.find((b: { ownerCode: string }) => b.ownerCode === '440000')
    expect(bulletin.title).toBe(`广东省分公司反馈周报（${periodLabel(week)}）`)
    const guangdong = (
      await payload.find({ collection: 'org-units', where: { code: { equals: '440000' } } })
    ).docs[0]!
    const expected = await monitorOfUnit(payload, guangdong, { ...week, at: week.to })
    expect(bulletin.figures.rows).toEqual(expected.rows)
    expect(
      bulletin.figures.rows.find((r: { code: string }) => r.code === '440100').received,
    ).toBeGreaterThan(0)
    expect(bulletin.figures.kinds.map((k: { kind: string }) => k.kind)).toContain('system')
    expect(
      bulletin.figures.changes.some(
        (c: { reply: string }) => c.reply === '已优化：异地销户可在任一营业厅受理',
      ),
    ).toBe(true)

    // Read by the province's and HQ's staff; not by a city, another province or an agent.
    for (const [role, unit, status] of [
      ['editor', '440000', 200],
      ['admin', '100000', 200],
      ['admin', '440100', 404],
      ['admin', '510000', 404],
      ['agent', '440000', 404],
    ] as const) {
      const csv = await (await as(role, unit)).get(`/api/report-bulletins/${bulletin.id}/csv`)
      expect([role, unit, csv.status]).toEqual([role, unit, status])
    }
    const bytes = Buffer.from(
      await (await admin.get(`/api/report-bulletins/${bulletin.id}/csv`)).arrayBuffer(),
    )
    // A byte order mark first, so that Excel reads the file as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const csv = bytes.toString('utf8')
    expect(csv).toContain('单位,编码,新收,在办,超时在办,办结,按时办结')
    expect(csv).toMatch(/广州市分公司,440100,\d+,/)
    // …where a cell starting with = is written as text.
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""点这里"")"`)
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m)
    const graph = await (
      await (
        await as('admin', '510000')
      ).post('/api/graphql', {
        query: `{ ReportBulletins(where: { id: { equals: "${bulletin.id}" } }) { docs { id } } }`,
      })
    ).json()
    expect(graph.data.ReportBulletins.docs).toEqual([])
  })
})
