import { type ParsedMail, simpleParser } from 'mailparser'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { notifyOverdueReviews } from '@collections/Knowledge/jobs/notifyOverdueReviews'
import { setClock } from '@/lib/clock'
import { seed } from '@seed/index'
import { type HttpClient, demoUsersOverHttp } from '@test/helpers/httpClient'
import { startApiServer } from '@test/helpers/httpServer'
import { createKnowledgeAt } from '@test/helpers/knowledge'
import { bootPayload, findUserByEmail } from '@test/helpers/payload'

// The server reads SMTP_* once, when its configuration loads: set them before any import runs.
const smtpPort = vi.hoisted(() => {
  const port = 20_000 + Math.floor(Math.random() * 20_000)
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(port)
  process.env.SMTP_SECURE = 'false'
  process.env.MAIL_FROM = '客服知识库 <kb@test.example>'
  return port
})

let payload: Payload
let api: Awaited<ReturnType<typeof startApiServer>>
let smtp: SMTPServer
const mails: ParsedMail[] = []
const as = demoUsersOverHttp(() => api.url)

beforeAll(async () => {
  // A real SMTP server on loopback: nodemailer talks SMTP to it, and what arrives is parsed.
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, done) {
      simpleParser(stream)
        .then((mail) => mails.push(mail))
        .then(() => done(), done)
    },
  })
  await new Promise<void>((resolve) => smtp.listen(smtpPort, '127.0.0.1', resolve))
  payload = await bootPayload()
  await seed(payload, { orgOnly: true })
  api = await startApiServer()
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
  await new Promise<void>((resolve) => smtp?.close(() => resolve()))
})

type Inbox = { docs: { id: string; event: string; title: string; readAt: string | null }[] }
const inbox = async (client: HttpClient) =>
  (await (await client.get('/api/notifications?limit=100&sort=-createdAt&depth=0')).json()) as Inbox
const unread = async (client: HttpClient) =>
  ((await (await client.get('/api/notifications/unread')).json()) as { unread: number }).unread

/** Sends the queued e-mails, as the server's worker does every two seconds. */
async function sendQueuedMail() {
  await payload.jobs.run({ queue: 'notify', limit: 100 })
  await new Promise((resolve) => setTimeout(resolve, 200))
}
const mailsTo = (address: string) =>
  mails.filter((mail) => (mail.to && 'text' in mail.to ? mail.to.text : '').includes(address))

describe('notifications: an inbox for everyone, and e-mail over SMTP', () => {
  it('a new report reaches the inbox of the unit holding it, then their mailboxes', async () => {
    const stamp = Date.now().toString(36)
    await (
      await as('agent', '440100')
    ).post('/api/feedback', {
      kind: 'system',
      text: `工号登录失败${stamp}`,
    })
    for (const role of ['editor', 'reviewer', 'admin']) {
      const lines = (await inbox(await as(role, '440100'))).docs
      expect([
        role,
        lines.some((l) => l.event === 'report_assigned' && l.title.includes(stamp)),
      ]).toEqual([role, true])
    }
    // Nobody else hears of it: not the province, not the reporter, not another city.
    for (const [role, unit] of [
      ['editor', '440000'],
      ['agent', '440100'],
      ['editor', '440300'],
    ] as const)
      expect((await inbox(await as(role, unit))).docs.some((l) => l.title.includes(stamp))).toBe(
        false,
      )

    expect(mailsTo('editor.440100@demo.kb').some((m) => m.subject?.includes(stamp))).toBe(false)
    await sendQueuedMail()
    const mail = mailsTo('editor.440100@demo.kb').find((m) => m.subject?.includes(stamp))
    expect(mail?.subject).toBe(`新反馈：系统问题：工号登录失败${stamp}`)
    expect(mail?.text).toContain(`工号登录失败${stamp}`)
    expect(mail?.from?.text).toContain('kb@test.example')
    expect(mailsTo('editor.440000@demo.kb').some((m) => m.subject?.includes(stamp))).toBe(false)
  })

  it('the reporter hears of the answer; unread counts, marks read, and nobody reads another’s inbox', async () => {
    const agent = await as('agent', '440300')
    const before = await unread(agent)
    const report = (
      await (await agent.post('/api/feedback', { kind: 'business', text: '副卡资费口径' })).json()
    ).doc
    const answer = await (
      await as('editor', '440300')
    ).post(`/api/feedback/${report.id}/handle`, {
      action: 'resolve',
      text: '副卡月费 10 元，已补充到知识库',
    })
    expect(answer.status).toBe(200)
    expect(await unread(agent)).toBe(before + 1)
    const line = (await inbox(agent)).docs[0]!
    expect(line).toMatchObject({ event: 'report_answered', readAt: null })
    await sendQueuedMail()
    expect(mailsTo('agent.440300@demo.kb').at(-1)?.text).toContain('副卡月费 10 元')

    // Another user can neither read nor mark it, over REST or GraphQL.
    const other = await as('agent', '440100')
    expect((await other.get(`/api/notifications/${line.id}`)).status).toBe(404)
    const graph = await (
      await other.post('/api/graphql', {
        query: `{ Notifications(where: { id: { equals: "${line.id}" } }) { docs { id } } }`,
      })
    ).json()
    expect(graph.data.Notifications.docs).toEqual([])
    await other.post('/api/notifications/read', { ids: [line.id] })
    expect(await unread(agent)).toBe(before + 1)
    expect((await agent.patch(`/api/notifications/${line.id}`, { readAt: null })).status).toBe(403)

    const marked = await agent.post('/api/notifications/read', { ids: [line.id] })
    expect(await marked.json()).toEqual({ marked: 1 })
    expect(await unread(agent)).toBe(before)
    expect((await agent.post('/api/notifications/read', { ids: 'all' })).status).toBe(400)
  })

  it('follows each user’s preferences: muted kinds nowhere, inbox-only kinds without e-mail', async () => {
    const agent = await as('agent', '510000')
    const me = await findUserByEmail(payload, 'agent.510000@demo.kb')
    const editor = await as('editor', '510000')
    const file = async (text: string) =>
      (await (await agent.post('/api/feedback', { kind: 'business', text })).json()).doc
        .id as string
    const answer = (id: string) =>
      editor.post(`/api/feedback/${id}/handle`, { action: 'resolve', text: '已答复' })

    const set = await agent.patch(`/api/users/${me.id}`, {
      notificationPrefs: { noEmail: ['report_answered'] },
    })
    expect(set.status, await set.clone().text()).toBe(200)
    const sentBefore = mailsTo('agent.510000@demo.kb').length
    await answer(await file('只收站内信'))
    await sendQueuedMail()
    expect((await inbox(agent)).docs[0]?.title).toContain('只收站内信')
    expect(mailsTo('agent.510000@demo.kb')).toHaveLength(sentBefore)

    await agent.patch(`/api/users/${me.id}`, { notificationPrefs: { muted: ['report_answered'] } })
    const count = await unread(agent)
    await answer(await file('不接收'))
    expect(await unread(agent)).toBe(count)
  })

  it('the review workflow: the next step’s reviewers are told, the author hears of a rejection', async () => {
    const item = await createKnowledgeAt(payload, '440100', {
      state: 'draft',
      channels: ['agent_kb'],
    })
    const editor = await as('editor', '440100')
    expect(
      (await editor.post(`/api/knowledge/${item.id}/workflow`, { action: 'submit' })).status,
    ).toBe(200)
    const waiting = (await inbox(await as('reviewer', '440000'))).docs.find((l) =>
      l.title.includes(item.title),
    )
    expect(waiting?.event).toBe('review_waiting')
    expect(
      (await inbox(await as('reviewer', '510000'))).docs.some((l) => l.title.includes(item.title)),
    ).toBe(false)
    const rejected = await (
      await as('reviewer', '440000')
    ).post(`/api/knowledge/${item.id}/workflow`, {
      action: 'reject',
      comment: '资费数字未核实',
    })
    expect(rejected.status, await rejected.clone().text()).toBe(200)
    const told = (await inbox(editor)).docs.find((l) => l.event === 'item_rejected')
    expect(told?.title).toContain(item.title)
  })

  it('an overdue review step is announced once to its reviewers and HQ’s, who may take it over', async () => {
    const item = await createKnowledgeAt(payload, '440300', { channels: ['agent_kb'] })
    const submitted = await (
      await as('editor', '440300')
    ).post(`/api/knowledge/${item.id}/workflow`, {
      action: 'submit',
    })
    expect(submitted.status).toBe(200)
    const { stepDeadline } = await payload.findByID({
      collection: 'knowledge',
      id: item.id,
      draft: true,
    })
    const req = (await createLocalReq({}, payload)) as PayloadRequest
    const before = new Date(new Date(stepDeadline!).getTime() - 60_000)
    expect(await notifyOverdueReviews(req, before)).not.toContain(item.id)
    const after = new Date(new Date(stepDeadline!).getTime() + 60_000)
    setClock(after)
    try {
      expect(await notifyOverdueReviews(req, after)).toContain(item.id)
      expect(await notifyOverdueReviews(req, after)).not.toContain(item.id)
    } finally {
      setClock(null)
    }
    const told = async (role: string, unit: string) =>
      (await inbox(await as(role, unit))).docs.some(
        (l) => l.event === 'review_overdue' && l.title === `审核超时：${item.title}`,
      )
    expect(await told('reviewer', '440000')).toBe(true)
    expect(await told('reviewer', '100000')).toBe(true)
    expect(await told('reviewer', '510000')).toBe(false)
    expect(await told('editor', '440000')).toBe(false)
  })
})
