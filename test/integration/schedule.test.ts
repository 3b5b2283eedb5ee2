import { createLocalReq, type Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { applyScheduledTransitions } from '@collections/Knowledge/workflow/applyScheduledTransitions'
import {
  actorOf,
  runWorkflowTransition,
} from '@collections/Knowledge/workflow/runWorkflowTransition'
import { WORKFLOW_QUEUE } from '@collections/Knowledge/workflow/scheduledTransitionsTask'
import { seed } from '@seed/index'
import { now, setClock } from '@/lib/clock'
import type { User } from '@/payload-types'
import { createKnowledgeAt } from '@test/helpers/knowledge'
import { bootPayload, findUserByEmail } from '@test/helpers/payload'

const DAY = 86_400_000
let payload: Payload

beforeAll(async () => {
  payload = await bootPayload()
  await seed(payload, { orgOnly: true })
})
afterEach(() => setClock(null))
afterAll(async () => {
  await payload?.destroy()
})

async function actAs(email: string, id: string, action: 'submit' | 'approve') {
  const user = (await findUserByEmail(payload, email)) as User
  const req = await createLocalReq({ user: { ...user, collection: 'users' } }, payload)
  return runWorkflowTransition(req, { id, action, actor: actorOf(user), now: now() })
}

const read = (id: string) =>
  payload.findByID({ collection: 'knowledge', id, draft: true, depth: 0 })

describe('publishing and expiring on time (with a controllable clock)', () => {
  it('an approved item with a future effective time goes live when the scheduled job runs after it', async () => {
    const start = now()
    const item = await createKnowledgeAt(payload, '100000', { channels: ['agent_kb'] })
    await payload.update({
      collection: 'knowledge',
      id: item.id,
      draft: true,
      data: { effectiveFrom: new Date(start.getTime() + 2 * DAY).toISOString() },
    })
    await actAs('editor.100000@demo.kb', item.id, 'submit')
    expect((await actAs('reviewer.100000@demo.kb', item.id, 'approve')).workflowState).toBe(
      'approved',
    )

    const req = await createLocalReq({}, payload)
    expect(await applyScheduledTransitions(req, new Date(start.getTime() + DAY))).toEqual({
      publish: [],
      expire: [],
    })
    expect((await read(item.id)).workflowState).toBe('approved')

    // Through Payload's job queue, as the server's autoRun does every minute.
    setClock(new Date(start.getTime() + 3 * DAY))
    await payload.jobs.queue({
      task: 'applyScheduledTransitions',
      input: {},
      queue: WORKFLOW_QUEUE,
    })
    await payload.jobs.run({ queue: WORKFLOW_QUEUE })
    const live = await payload.findByID({ collection: 'knowledge', id: item.id, depth: 0 })
    expect(live).toMatchObject({ workflowState: 'published', _status: 'published' })

    const { docs } = await payload.find({
      collection: 'review-events',
      where: { item: { equals: item.id } },
      sort: 'createdAt',
    })
    expect(docs.map((e) => `${e.action}:${e.actorName}`).at(-1)).toBe('publish:系统定时任务')
  })

  it('a live item is withdrawn when it expires, and readers stop seeing it', async () => {
    const start = now()
    const item = await createKnowledgeAt(payload, '440000', { state: 'published' })
    await payload.update({
      collection: 'knowledge',
      id: item.id,
      context: { workflowTransition: true },
      data: { _status: 'published', expiresAt: new Date(start.getTime() + DAY).toISOString() },
    })
    const req = await createLocalReq({}, payload)
    expect((await applyScheduledTransitions(req, start)).expire).toEqual([])
    expect(
      (await applyScheduledTransitions(req, new Date(start.getTime() + 2 * DAY))).expire,
    ).toEqual([item.id])

    expect(await read(item.id)).toMatchObject({ workflowState: 'expired', _status: 'draft' })
    const agent = await findUserByEmail(payload, 'agent.440100@demo.kb')
    const seen = await payload.find({
      collection: 'knowledge',
      where: { id: { equals: item.id } },
      overrideAccess: false,
      user: agent,
    })
    expect(seen.totalDocs).toBe(0)
  })

  it('publishing sets the next review date from the category cycle', async () => {
    const item = await createKnowledgeAt(payload, '100000', { channels: ['agent_kb'] })
    await actAs('editor.100000@demo.kb', item.id, 'submit')
    const published = await actAs('reviewer.100000@demo.kb', item.id, 'approve')
    const category = await payload.findByID({
      collection: 'categories',
      id: published.category as string,
    })
    const days = (new Date(published.nextReviewAt!).getTime() - Date.now()) / DAY
    expect(days).toBeGreaterThan(category.reviewCycleDays - 1)
    expect(days).toBeLessThanOrEqual(category.reviewCycleDays)
  })
})
