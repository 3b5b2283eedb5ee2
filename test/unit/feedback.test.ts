import { describe, expect, it } from 'vitest'

import { addWorkingDays } from '@/domain/deadlines'
import {
  DEFAULT_REPORT_RULES,
  earnsPoints,
  feedbackProblem,
  pointGroupOf,
  type ReportActor,
  reportActionProblem,
  reportDueAt,
  type ReportState,
  reportTitle,
  statusAfter,
} from '@/domain/feedback'

const NOW = new Date('2026-12-07T09:00:00Z') // a Monday

const report = (over: Partial<ReportState> = {}): ReportState => ({
  kind: 'business',
  status: 'new',
  reporterId: 'agent',
  handlerCode: '440100',
  handlerLevel: 'city',
  closedAt: null,
  reopened: false,
  mergedInto: null,
  ...over,
})
const editor: ReportActor = { id: 'e', unitCode: '440100', worksOnContent: true, gatekeeper: false }
const reviewer: ReportActor = { ...editor, id: 'r', gatekeeper: true }
const reporter: ReportActor = {
  id: 'agent',
  unitCode: '440100',
  worksOnContent: false,
  gatekeeper: false,
}

describe('filing', () => {
  it('item kinds need an item, free kinds refuse one; ratings 1–5; text or query required', () => {
    expect(feedbackProblem({ kind: 'error', text: 'x', hasItem: false })).toBe('请指明反馈的条目')
    expect(feedbackProblem({ kind: 'system', text: 'x', hasItem: true })).toMatch(/不针对单个条目/)
    expect(feedbackProblem({ kind: 'rating', rating: 6, hasItem: true })).toBe('评分须为 1 到 5')
    expect(feedbackProblem({ kind: 'rating', rating: 4, hasItem: true })).toBeNull()
    expect(feedbackProblem({ kind: 'missing', query: '副卡 流量共享', hasItem: false })).toBeNull()
    expect(feedbackProblem({ kind: 'missing', hasItem: false })).not.toBeNull()
    expect(feedbackProblem({ kind: 'process', text: '  ', hasItem: false })).not.toBeNull()
  })

  it('titles a report by its item, its query or the start of its text', () => {
    expect(reportTitle({ kind: 'error', itemTitle: '宽带提速', text: 'x' })).toBe('宽带提速')
    expect(reportTitle({ kind: 'missing', query: '副卡共享' })).toBe('缺失知识：副卡共享')
    expect(reportTitle({ kind: 'system', text: '长'.repeat(50) })).toBe(
      `系统问题：${'长'.repeat(40)}…`,
    )
  })
})

describe('time limits and points', () => {
  it('counts working days per tier, per kind where the admin set one', () => {
    expect(reportDueAt(DEFAULT_REPORT_RULES, 'business', 'city', NOW)).toEqual(
      addWorkingDays(NOW, 2),
    )
    expect(reportDueAt(DEFAULT_REPORT_RULES, 'business', 'province', NOW)).toEqual(
      addWorkingDays(NOW, 3),
    )
    const rules = { ...DEFAULT_REPORT_RULES, kindDays: { system: { hq: 1, province: 1, city: 1 } } }
    expect(reportDueAt(rules, 'system', 'city', NOW)).toEqual(addWorkingDays(NOW, 1))
    expect(reportDueAt(rules, 'business', 'city', NOW)).toEqual(addWorkingDays(NOW, 2))
  })

  it('seed 003’s groups: a problem 0.3, a suggestion 0.5, a walk-through 1; once, when valid', () => {
    expect(pointGroupOf('system')).toBe('problem')
    expect(pointGroupOf('missing')).toBe('problem')
    expect(pointGroupOf('service_suggestion')).toBe('suggestion')
    expect(pointGroupOf('walkthrough')).toBe('walkthrough')
    expect(pointGroupOf('rating')).toBeNull()
    expect(earnsPoints('accept', false)).toBe(true)
    expect(earnsPoints('resolve', false)).toBe(true)
    expect(earnsPoints('resolve', true)).toBe(false)
    expect(earnsPoints('reject', false)).toBe(false)
    expect(earnsPoints('forward', false)).toBe(false)
  })
})

describe('handling', () => {
  const problem = (state: ReportState, actor: ReportActor, action: string, text?: string) =>
    reportActionProblem(state, actor, { action: action as never, text }, NOW)

  it('the holder’s content workers handle; only gatekeepers forward, and not beyond HQ', () => {
    expect(problem(report(), editor, 'accept')).toBeNull()
    expect(problem(report({ handlerCode: '440000' }), editor, 'accept')?.status).toBe(403)
    expect(problem(report(), editor, 'forward', '请省里处理')?.status).toBe(403)
    expect(problem(report(), reviewer, 'forward')?.status).toBe(400)
    expect(problem(report(), reviewer, 'forward', '请省里处理')).toBeNull()
    const atHq = report({ handlerCode: '100000', handlerLevel: 'hq' })
    expect(problem(atHq, { ...reviewer, unitCode: '100000' }, 'forward', 'x')?.status).toBe(409)
    expect(problem(report(), editor, 'resolve')?.status).toBe(400)
    expect(problem(report({ status: 'resolved' }), editor, 'resolve', 'x')?.status).toBe(409)
    expect(problem(report({ kind: 'rating' }), editor, 'accept')?.status).toBe(409)
  })

  it('the reporter reopens a closed report once, within 14 days, with a reason', () => {
    const closed = report({ status: 'resolved', closedAt: new Date(NOW.getTime() - 86_400_000) })
    expect(problem(closed, reporter, 'reopen', '还是不对')).toBeNull()
    expect(problem(closed, reporter, 'reopen')?.status).toBe(400)
    expect(problem(closed, editor, 'reopen', 'x')?.status).toBe(403)
    expect(problem(report(), reporter, 'reopen', 'x')?.status).toBe(409)
    expect(problem({ ...closed, reopened: true }, reporter, 'reopen', 'x')?.status).toBe(409)
    expect(problem({ ...closed, mergedInto: 'other' }, reporter, 'reopen', 'x')?.status).toBe(409)
    const old = report({ status: 'rejected', closedAt: new Date(NOW.getTime() - 15 * 86_400_000) })
    expect(problem(old, reporter, 'reopen', 'x')?.status).toBe(409)
  })

  it('moves the status: accept, forward, close, reopen', () => {
    expect(
      (['accept', 'forward', 'resolve', 'reject', 'reopen', 'merge'] as const).map(statusAfter),
    ).toEqual(['accepted', 'forwarded', 'resolved', 'rejected', 'new', 'resolved'])
  })
})
