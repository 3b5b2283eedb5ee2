import { createLocalReq, type Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import {
  actorOf,
  runWorkflowTransition,
} from '@collections/Knowledge/workflow/runWorkflowTransition'
import { seed } from '@seed/index'
import { allowedActionsEndpoint } from '@/components/admin/allowedActionsEndpoint'
import { reviewQueue, workflowCounts } from '@/components/admin/reviewQueue'
import type { WorkflowInfo } from '@/components/admin/workflowText'
import { addWorkingDays } from '@/domain/deadlines'
import type { WorkflowAction } from '@/domain/workflow'
import { env } from '@/env'
import { now, setClock } from '@/lib/clock'
import type { User } from '@/payload-types'
import { createKnowledgeAt } from '@test/helpers/knowledge'
import { bootPayload, findUserByEmail } from '@test/helpers/payload'

let payload: Payload
const users = new Map<string, User>()

/** A demo account as a Local API user, e.g. `as('reviewer', '440000')`. */
async function as(role: string, unit: string): Promise<User> {
  const email = `${role}.${unit}@demo.kb`
  if (!users.has(email))
    users.set(email, { ...(await findUserByEmail(payload, email)), collection: 'users' })
  return users.get(email)!
}

async function act(user: User, id: string, action: WorkflowAction, comment?: string) {
  const req = await createLocalReq({ user }, payload)
  return runWorkflowTransition(req, { id, action, comment, actor: actorOf(user), now: now() })
}

/** Calls the GET handler the way Payload's router would, with the user's request. */
async function workflowInfo(user: User, id: string): Promise<WorkflowInfo> {
  const req = await createLocalReq({ user }, payload)
  req.routeParams = { id }
  const res = await allowedActionsEndpoint.handler(req)
  expect(res.status).toBe(200)
  return (await res.json()) as WorkflowInfo
}

const queueIds = async (user: User) => (await reviewQueue(payload, user)).map((row) => row.id)

beforeAll(async () => {
  payload = await bootPayload()
  await seed(payload, { orgOnly: true })
})
afterAll(async () => {
  await payload?.destroy()
})
afterEach(() => setClock(null))

describe('review queue (待我审核)', () => {
  it('follows a 广州 public item through 广东 review and 广东 compliance, never 四川', async () => {
    const item = await createKnowledgeAt(payload, '440100', {
      channels: ['online_hall', 'agent_kb'],
    })
    const gdReviewer = await as('reviewer', '440000')
    const gdCompliance = await as('compliance', '440000')
    const scReviewer = await as('reviewer', '510000')
    const gzReviewer = await as('reviewer', '440100')

    // A draft is nobody's to review yet.
    expect(await queueIds(gdReviewer)).not.toContain(item.id)

    await act(await as('editor', '440100'), item.id, 'submit')
    const [row] = (await reviewQueue(payload, gdReviewer)).filter((r) => r.id === item.id)
    expect(row).toMatchObject({
      step: 0,
      steps: 2,
      reviewStep: { kind: 'review', unit: '440000' },
      ownerCode: '440100',
      ownerName: '广州市分公司',
      overdue: false,
      ownWork: false,
    })
    expect(await queueIds(gdCompliance)).not.toContain(item.id)
    expect(await queueIds(scReviewer)).not.toContain(item.id)
    // The city's own reviewer does not review city items: the province does.
    expect(await queueIds(gzReviewer)).not.toContain(item.id)

    await act(gdReviewer, item.id, 'approve')
    expect(await queueIds(gdReviewer)).not.toContain(item.id)
    const [complianceRow] = (await reviewQueue(payload, gdCompliance)).filter(
      (r) => r.id === item.id,
    )
    expect(complianceRow).toMatchObject({ step: 1, reviewStep: { kind: 'compliance' } })
    expect(await queueIds(scReviewer)).not.toContain(item.id)
    expect(await queueIds(await as('compliance', '510000'))).not.toContain(item.id)

    await act(gdCompliance, item.id, 'approve')
    expect(await queueIds(gdCompliance)).not.toContain(item.id)
  })

  it('marks steps past their deadline as overdue, oldest first', async () => {
    const reviewer = await as('reviewer', '440000')
    const editor = await as('editor', '440100')
    const older = await createKnowledgeAt(payload, '440100', { title: '较早提交' })
    const newer = await createKnowledgeAt(payload, '440100', { title: '较晚提交' })
    setClock(new Date('2030-03-04T01:00:00Z'))
    await act(editor, older.id, 'submit')
    setClock(new Date('2030-03-05T01:00:00Z'))
    await act(editor, newer.id, 'submit')

    const rows = (await reviewQueue(payload, reviewer)).filter((r) =>
      [older.id, newer.id].includes(r.id),
    )
    expect(rows.map((r) => r.id)).toEqual([older.id, newer.id])
    expect(rows.every((r) => !r.overdue)).toBe(true)

    // An hour after the first deadline: only the older step has run out.
    const firstDeadline = addWorkingDays(
      new Date('2030-03-04T01:00:00Z'),
      env.reviewDeadlineWorkingDays,
    )
    expect(rows[0]!.stepDeadline).toBe(firstDeadline.toISOString())
    setClock(new Date(firstDeadline.getTime() + 3_600_000))
    const later = (await reviewQueue(payload, reviewer)).filter((r) =>
      [older.id, newer.id].includes(r.id),
    )
    expect(later.map((r) => r.overdue)).toEqual([true, false])

    setClock(new Date('2030-04-01T00:00:00Z'))
    const muchLater = (await reviewQueue(payload, reviewer)).filter((r) =>
      [older.id, newer.id].includes(r.id),
    )
    expect(muchLater.map((r) => r.overdue)).toEqual([true, true])
  })

  it('escalates an overdue 广东 step to HQ reviewers, who may then approve it', async () => {
    const item = await createKnowledgeAt(payload, '440300', { channels: ['agent_kb'] })
    setClock(new Date('2031-06-02T01:00:00Z'))
    await act(await as('editor', '440300'), item.id, 'submit')
    const hqReviewer = await as('reviewer', '100000')
    expect(await queueIds(hqReviewer)).not.toContain(item.id)

    setClock(new Date('2031-06-20T01:00:00Z'))
    expect(await queueIds(hqReviewer)).toContain(item.id)
    expect(await queueIds(await as('compliance', '100000'))).not.toContain(item.id)
    expect((await act(hqReviewer, item.id, 'approve')).workflowState).toBe('published')
  })

  it('is empty for roles that review nothing', async () => {
    expect(await reviewQueue(payload, await as('editor', '440000'))).toEqual([])
    expect(await reviewQueue(payload, await as('agent', '440000'))).toEqual([])
  })
})

describe('dashboard counts', () => {
  it('counts the queue, overdue steps and stale published items in the subtree', async () => {
    const gdReviewer = await as('reviewer', '440000')
    const scReviewer = await as('reviewer', '510000')
    const before = await workflowCounts(payload, gdReviewer)
    const beforeSc = await workflowCounts(payload, scReviewer)

    const item = await createKnowledgeAt(payload, '440300')
    await act(await as('editor', '440300'), item.id, 'submit')
    const live = await createKnowledgeAt(payload, '440100', { state: 'published' })
    await payload.update({
      collection: 'knowledge',
      id: live.id,
      data: { nextReviewAt: '2020-01-01T00:00:00.000Z' },
      context: { workflowTransition: true },
    })

    const after = await workflowCounts(payload, gdReviewer)
    expect(after.queue).toBe(before.queue + 1)
    expect(after.staleReview).toBe(before.staleReview + 1)
    expect(await workflowCounts(payload, scReviewer)).toEqual(beforeSc)

    setClock(new Date(Date.now() + 60 * 86_400_000))
    const overdue = await workflowCounts(payload, gdReviewer)
    // Only the new submission: the other queued items were submitted with the clock in 2030.
    expect(overdue.overdue).toBe(after.overdue + 1)
  })
})

describe('GET /api/knowledge/:id/workflow', () => {
  it('returns the state, the chain and what this user may do', async () => {
    const item = await createKnowledgeAt(payload, '440100', {
      channels: ['online_hall', 'agent_kb'],
    })
    const editor = await as('editor', '440100')
    expect(await workflowInfo(editor, item.id)).toMatchObject({
      workflowState: 'draft',
      reviewStep: null,
      stepDeadline: null,
      chain: [
        { kind: 'review', unit: '440000' },
        { kind: 'compliance', unit: '440000' },
      ],
      allowed: ['submit', 'archive'],
      overdue: false,
    })

    await act(editor, item.id, 'submit')
    const asReviewer = await workflowInfo(await as('reviewer', '440000'), item.id)
    expect(asReviewer).toMatchObject({ workflowState: 'in_review', reviewStep: 0, overdue: false })
    expect(asReviewer.allowed).toEqual(['approve', 'reject'])
    expect(asReviewer.stepDeadline).toEqual(expect.any(String))
    expect((await workflowInfo(editor, item.id)).allowed).toEqual(['withdraw'])
    // Compliance can see the item but its step has not come yet.
    expect((await workflowInfo(await as('compliance', '440000'), item.id)).allowed).toEqual([])

    setClock(new Date(Date.now() + 60 * 86_400_000))
    expect((await workflowInfo(editor, item.id)).overdue).toBe(true)
  })

  it('is a 404 for an item outside the user’s access, and a 401 without a user', async () => {
    const item = await createKnowledgeAt(payload, '440100')
    await expect(workflowInfo(await as('reviewer', '510000'), item.id)).rejects.toMatchObject({
      status: 404,
    })
    const req = await createLocalReq({}, payload)
    req.routeParams = { id: item.id }
    await expect(allowedActionsEndpoint.handler(req)).rejects.toMatchObject({ status: 401 })
  })
})
