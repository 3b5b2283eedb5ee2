import { describe, expect, it } from 'vitest'

import type { Channel } from '@/domain/channels'
import { buildOrgScope, type OrgScope } from '@/domain/orgTree'
import {
  allowedActions,
  isOverdue,
  reviewChain,
  transition,
  type WorkflowActor,
  type WorkflowItem,
} from '@/domain/workflow'

const hq: OrgScope = { level: 'hq', code: '100000', province: null, city: null }
const guangdong = buildOrgScope('province', '440000', hq)
const guangzhou = buildOrgScope('city', '440100', guangdong)
const shenzhen = buildOrgScope('city', '440300', guangdong)
const sichuan = buildOrgScope('province', '510000', hq)
const SCOPES: Record<string, OrgScope> = {
  '100000': hq,
  '440000': guangdong,
  '440100': guangzhou,
  '440300': shenzhen,
  '510000': sichuan,
}
const scheduler: WorkflowActor = { id: 'scheduler', roles: [], scope: null, system: true }

const now = new Date('2026-11-25T08:00:00Z')
const person = (role: string, unit: string, id = `${role}.${unit}`): WorkflowActor => ({
  id,
  roles: [role],
  scope: SCOPES[unit]!,
})

const item = (
  owner: OrgScope,
  channels: Channel[],
  patch: Partial<WorkflowItem> = {},
): WorkflowItem => ({
  state: 'draft',
  step: null,
  chain: reviewChain(owner, channels),
  owner,
  submittedBy: null,
  lastEditedBy: `editor.${owner.code}`,
  effectiveFrom: null,
  hasContact: true,
  ...patch,
})

/** Runs actions in order, feeding each result into the next, and returns the states passed. */
function walk(start: WorkflowItem, steps: [string, WorkflowActor, string?][]) {
  let current = start
  const states: string[] = [current.state]
  for (const [action, actor, comment] of steps) {
    const result = transition(current, action as never, actor, { comment, now })
    if (!result.ok) throw new Error(`${action} by ${actor.id}: ${result.reason}`)
    current = {
      ...current,
      state: result.to,
      step: result.step,
      submittedBy: action === 'submit' ? actor.id : current.submittedBy,
    }
    states.push(result.step === null ? result.to : `${result.to}#${result.step}`)
  }
  return { states, item: current }
}

describe('reviewChain', () => {
  it('city items are reviewed in their province; public channels add compliance', () => {
    expect(reviewChain(guangzhou, ['agent_kb'])).toEqual([{ kind: 'review', unit: '440000' }])
    expect(reviewChain(guangzhou, ['online_hall', 'agent_kb'])).toEqual([
      { kind: 'review', unit: '440000' },
      { kind: 'compliance', unit: '440000' },
    ])
  })
  it('province and HQ items are reviewed by their own unit', () => {
    expect(reviewChain(guangdong, ['self_service'])).toEqual([
      { kind: 'review', unit: '440000' },
      { kind: 'compliance', unit: '440000' },
    ])
    expect(reviewChain(hq, ['agent_kb'])).toEqual([{ kind: 'review', unit: '100000' }])
  })
})

describe('transition', () => {
  it('walks a public city FAQ through review and compliance to published', () => {
    const { states } = walk(item(guangzhou, ['online_hall']), [
      ['submit', person('editor', '440100')],
      ['approve', person('reviewer', '440000')],
      ['approve', person('compliance', '440000')],
    ])
    expect(states).toEqual(['draft', 'in_review#0', 'in_review#1', 'published'])
  })

  it('an internal HQ item needs one review', () => {
    const { states } = walk(item(hq, ['agent_kb']), [
      ['submit', person('editor', '100000')],
      ['approve', person('reviewer', '100000')],
    ])
    expect(states).toEqual(['draft', 'in_review#0', 'published'])
  })

  it('stops at approved when the item takes effect later, and the scheduler publishes it', () => {
    const later = item(hq, ['agent_kb'], { effectiveFrom: new Date('2026-12-01T00:00:00Z') })
    const { item: approved } = walk(later, [
      ['submit', person('editor', '100000')],
      ['approve', person('reviewer', '100000')],
    ])
    expect(approved.state).toBe('approved')
    const early = transition(approved, 'publish', scheduler, { now })
    expect(early.ok).toBe(false)
    const onTime = transition(approved, 'publish', scheduler, {
      now: new Date('2026-12-01T00:00:01Z'),
    })
    expect(onTime).toMatchObject({ ok: true, to: 'published' })
  })

  it('nobody approves what they submitted or last edited', () => {
    const both = person('reviewer', '440000', 'same-person')
    const submitted = item(guangdong, ['agent_kb'], {
      state: 'in_review',
      step: 0,
      submittedBy: 'same-person',
    })
    expect(transition(submitted, 'approve', both, { now })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('自己'),
    })
    const edited = item(guangdong, ['agent_kb'], {
      state: 'in_review',
      step: 0,
      lastEditedBy: 'same-person',
    })
    expect(transition(edited, 'approve', both, { now }).ok).toBe(false)
  })

  it('only the assigned unit and role act on a step', () => {
    const inReview = item(guangzhou, ['online_hall'], {
      state: 'in_review',
      step: 0,
      submittedBy: 'editor.440100',
    })
    for (const actor of [
      person('reviewer', '440100'), // the city's own reviewer: city items are reviewed by the province
      person('reviewer', '510000'),
      person('reviewer', '100000'),
      person('compliance', '440000'), // compliance is the second step, not this one
      person('editor', '440000'),
    ]) {
      expect(transition(inReview, 'approve', actor, { now }).ok, actor.id).toBe(false)
    }
    expect(transition(inReview, 'approve', person('reviewer', '440000'), { now }).ok).toBe(true)
  })

  it('reject needs a comment and goes back to draft; resubmitting starts the chain again', () => {
    const inReview = item(guangdong, ['online_hall'], {
      state: 'in_review',
      step: 1,
      submittedBy: 'editor.440000',
    })
    const compliance = person('compliance', '440000')
    expect(transition(inReview, 'reject', compliance, { now, comment: '  ' })).toMatchObject({
      ok: false,
      reason: '驳回必须填写意见',
    })
    const rejected = transition(inReview, 'reject', compliance, { now, comment: '资费表述不合规' })
    expect(rejected).toMatchObject({
      ok: true,
      to: 'draft',
      step: null,
      reviewStep: { kind: 'compliance' },
    })
    const again = transition(
      { ...inReview, state: 'draft', step: null },
      'submit',
      person('editor', '440000'),
      { now },
    )
    expect(again).toMatchObject({ ok: true, to: 'in_review', step: 0 })
  })

  it('refusals list the actions the actor may take instead', () => {
    const draft = item(guangdong, ['agent_kb'])
    const result = transition(draft, 'approve', person('editor', '440000'), { now })
    expect(result).toMatchObject({ ok: false, allowed: ['submit', 'archive'] })
    expect(allowedActions(draft, person('agent', '440000'), now)).toEqual([])
  })

  it('only the scheduler expires; editors of the owner unit archive', () => {
    const published = item(hq, ['agent_kb'], { state: 'published' })
    expect(transition(published, 'expire', person('editor', '100000'), { now }).ok).toBe(false)
    expect(transition(published, 'expire', scheduler, { now })).toMatchObject({ to: 'expired' })
    expect(transition(published, 'archive', person('editor', '440000'), { now }).ok).toBe(false)
    expect(transition(published, 'archive', person('editor', '100000'), { now })).toMatchObject({
      to: 'archived',
    })
  })

  it('an editor withdraws a submission of their unit', () => {
    const inReview = item(guangzhou, ['agent_kb'], { state: 'in_review', step: 0 })
    expect(transition(inReview, 'withdraw', person('editor', '440100'), { now })).toMatchObject({
      to: 'draft',
    })
    expect(transition(inReview, 'withdraw', person('editor', '440300'), { now }).ok).toBe(false)
  })
})

describe("the actor's subtree", () => {
  const units = Object.keys(SCOPES)

  it('admins archive only items owned in their subtree', () => {
    const outcomes = units.flatMap((owner) =>
      units.map((admin) => {
        const live = item(SCOPES[owner]!, ['agent_kb'], { state: 'published' })
        const result = transition(live, 'archive', person('admin', admin), { now })
        return `${admin} archives ${owner}: ${result.ok ? 'yes' : 'no'}`
      }),
    )
    expect(outcomes.filter((line) => line.endsWith('yes'))).toEqual([
      '100000 archives 100000: yes',
      '100000 archives 440000: yes',
      '440000 archives 440000: yes',
      '100000 archives 440100: yes',
      '440000 archives 440100: yes',
      '440100 archives 440100: yes',
      '100000 archives 440300: yes',
      '440000 archives 440300: yes',
      '440300 archives 440300: yes',
      '100000 archives 510000: yes',
      '510000 archives 510000: yes',
    ])
  })

  it('says why, and offers nothing, to an actor outside the owner’s subtree', () => {
    const hqItem = item(hq, ['agent_kb'], { state: 'published' })
    expect(transition(hqItem, 'archive', person('admin', '440000'), { now })).toEqual({
      ok: false,
      reason: '该条目属于单位 100000，不在本单位 440000 的管辖范围内',
      allowed: [],
    })
    const allRoles: WorkflowActor = {
      id: 'everyone.510000',
      roles: ['admin', 'editor', 'reviewer', 'compliance'],
      scope: sichuan,
    }
    const states = ['draft', 'in_review', 'approved', 'published', 'expired'] as const
    for (const state of states) {
      const guangdongItem = item(guangdong, ['agent_kb'], {
        state,
        step: state === 'in_review' ? 0 : null,
        stepDeadline: new Date('2026-11-01T00:00:00Z'),
      })
      expect(allowedActions(guangdongItem, allRoles, now), state).toEqual([])
    }
  })

  it('a person without a unit acts on nothing', () => {
    const unitless: WorkflowActor = { id: 'x', roles: ['admin', 'editor'], scope: null }
    expect(allowedActions(item(hq, ['agent_kb']), unitless, now)).toEqual([])
  })
})

describe('channelsProblem', () => {
  it('keeps scripts and notices internal and needs a channel', async () => {
    const { channelsProblem } = await import('@/domain/channels')
    expect(channelsProblem('faq', ['online_hall'])).toBeNull()
    expect(channelsProblem('script', ['agent_kb'])).toBeNull()
    expect(channelsProblem('script', ['agent_kb', 'self_service'])).toBe(
      '话术和服务公告只能发布到坐席知识库',
    )
    expect(channelsProblem('notice', ['online_hall'])).toBe('话术和服务公告只能发布到坐席知识库')
    expect(channelsProblem('faq', [])).toBe('至少选择一个发布渠道')
  })

  it('takes only a list of known channels, as a request may send anything', async () => {
    const { channelsProblem } = await import('@/domain/channels')
    expect(channelsProblem('faq', ['x'])).toBe('未知的发布渠道：x')
    expect(channelsProblem('faq', ['agent_kb', 'web', 1])).toBe('未知的发布渠道：web、1')
    expect(channelsProblem('faq', 'agent_kb')).toBe('须为发布渠道的列表')
    expect(channelsProblem('faq', { 0: 'agent_kb' })).toBe('须为发布渠道的列表')
    expect(channelsProblem('faq', null)).toBe('至少选择一个发布渠道')
  })
})

describe('overdue steps', () => {
  const inReview = (deadline: string) =>
    item(guangzhou, ['agent_kb'], {
      state: 'in_review',
      step: 0,
      submittedBy: 'editor.440100',
      stepDeadline: new Date(deadline),
    })
  const hqReviewer = person('reviewer', '100000')

  it('are escalated to HQ reviewers once past the deadline', () => {
    expect(isOverdue(inReview('2026-11-24T00:00:00Z'), now)).toBe(true)
    expect(
      transition(inReview('2026-11-24T00:00:00Z'), 'approve', hqReviewer, { now }),
    ).toMatchObject({ ok: true })
    expect(
      transition(inReview('2026-11-24T00:00:00Z'), 'approve', person('reviewer', '510000'), { now })
        .ok,
    ).toBe(false)
  })
  it('but not before', () => {
    expect(isOverdue(inReview('2026-11-26T00:00:00Z'), now)).toBe(false)
    expect(transition(inReview('2026-11-26T00:00:00Z'), 'approve', hqReviewer, { now }).ok).toBe(
      false,
    )
  })
  it('and still need the right role', () => {
    const hqEditor = person('editor', '100000')
    expect(transition(inReview('2026-11-24T00:00:00Z'), 'approve', hqEditor, { now }).ok).toBe(
      false,
    )
  })
})

describe('the author', () => {
  it('may not approve even after someone else edited and submitted', () => {
    const authored = item(guangdong, ['agent_kb'], {
      state: 'in_review',
      step: 0,
      authoredBy: 'author-1',
      submittedBy: 'editor-2',
      lastEditedBy: 'editor-2',
    })
    const author: WorkflowActor = {
      id: 'author-1',
      roles: ['reviewer', 'editor'],
      scope: guangdong,
    }
    expect(transition(authored, 'approve', author, { now })).toMatchObject({
      ok: false,
      reason: '不能审核自己创建、提交或最后编辑的条目',
    })
  })
})

describe('联系人制度', () => {
  it('an item without a contact person cannot be submitted', () => {
    const draft = item(SCOPES['440100']!, ['agent_kb'], { hasContact: false })
    const result = transition(draft, 'submit', person('editor', '440100'), { now })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.reason).toMatch(/^提交前请指定联系人/)
    expect(
      transition({ ...draft, hasContact: true }, 'submit', person('editor', '440100'), { now }).ok,
    ).toBe(true)
  })
})
