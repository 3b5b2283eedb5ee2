import { describe, expect, it } from 'vitest'

import {
  activityReadiness,
  closeProblem,
  EVALUATION_STEP_KEYS,
  goLiveDecision,
  warningDue,
  kindBelongsTo,
  type ReadinessInput,
} from '@/domain/serviceReadiness'

const NOW = new Date('2026-12-07T09:00:00Z')
const inDays = (days: number) => new Date(NOW.getTime() + days * 86_400_000)

/** An activity with every part done, going live in 20 days. */
const ready = (): ReadinessInput => ({
  goLiveAt: inDays(20),
  evaluations: EVALUATION_STEP_KEYS.map((step) => ({
    step,
    result: 'passed',
    owner: '客户服务部',
  })),
  requiredChanges: [{ change: '宣传单补充限制条件', answer: '已补充' }],
  knowledge: [{ id: 'k1', title: '天翼5G套餐上市', state: 'approved', owner: '广东省分公司' }],
  announcement: { title: '新套餐上市公告', state: 'published', owner: '广东省分公司' },
  training: { title: '培训通知', state: 'approved', owner: '广东省分公司', acked: 9, agents: 10 },
  trainingAckTarget: 90,
  emergencyPlan: '系统故障时转人工登记',
  checklist: [{ line: '营业厅物料到位', done: true }],
  owner: '广东省分公司',
  initiator: '市场部',
})

describe('activityReadiness', () => {
  it('is ready when every part is done', () => {
    expect(activityReadiness(ready(), NOW)).toEqual({ state: 'ready', missing: [] })
  })

  // Each part on its own makes the activity not ready, naming what and who.
  const cases: Array<[string, (input: ReadinessInput) => void, string, string]> = [
    [
      'an evaluation not passed',
      (i) => (i.evaluations[2]!.result = 'failed'),
      'evaluation.customer_test',
      '客户服务部',
    ],
    [
      'an evaluation step missing',
      (i) => (i.evaluations = i.evaluations.filter((e) => e.step !== 'compliance')),
      'evaluation.compliance',
      '广东省分公司',
    ],
    [
      'a required change unanswered',
      (i) => (i.requiredChanges[0]!.answer = ' '),
      'requiredChanges.0',
      '市场部',
    ],
    [
      'a knowledge item in review',
      (i) => (i.knowledge[0]!.state = 'in_review'),
      'knowledge.k1',
      '广东省分公司',
    ],
    ['no announcement', (i) => (i.announcement = null), 'announcement', '广东省分公司'],
    [
      'the announcement a draft',
      (i) => (i.announcement!.state = 'draft'),
      'announcement',
      '广东省分公司',
    ],
    ['no training notice', (i) => (i.training = null), 'training', '广东省分公司'],
    [
      'too few agents acknowledged',
      (i) => (i.training!.acked = 8),
      'training.acks',
      '广东省分公司',
    ],
    ['no emergency plan', (i) => (i.emergencyPlan = ''), 'emergencyPlan', '广东省分公司'],
    ['a checklist line open', (i) => (i.checklist[0]!.done = false), 'checklist.0', '广东省分公司'],
  ]
  it.each(cases)('%s makes it not ready', (_, change, part, owner) => {
    const input = ready()
    change(input)
    const readiness = activityReadiness(input, NOW)
    expect(readiness.state).toBe('not_ready')
    expect(readiness.missing).toHaveLength(1)
    expect(readiness.missing[0]).toMatchObject({ part, owner })
  })

  it('is at risk when something is open 7 days or less before go-live, or after it', () => {
    for (const days of [7, 2, 0, -1]) {
      const input = { ...ready(), goLiveAt: inDays(days), emergencyPlan: null }
      expect(activityReadiness(input, NOW).state, `${days} days`).toBe('at_risk')
    }
    const later = { ...ready(), goLiveAt: inDays(7.5), emergencyPlan: null }
    expect(activityReadiness(later, NOW).state).toBe('not_ready')
  })

  it('counts the acknowledgement share against the target, and no agents as done', () => {
    const input = ready()
    input.training = { ...input.training!, acked: 0, agents: 0 }
    expect(activityReadiness(input, NOW).state).toBe('ready')
    input.trainingAckTarget = 50
    input.training = { ...input.training, acked: 1, agents: 2 }
    expect(activityReadiness(input, NOW).state).toBe('ready')
  })
})

describe('goLiveDecision', () => {
  const bundle = [
    { id: 'a', title: 'A', state: 'approved' },
    { id: 'b', title: 'B', state: 'published' },
  ]
  it('publishes the approved items of a complete bundle; live ones stay as they are', () => {
    expect(goLiveDecision(bundle)).toEqual({ publish: ['a'], blockers: [] })
  })
  it('holds everything when one item is not approved, unless the owner releases the rest', () => {
    const held = [...bundle, { id: 'c', title: 'C', state: 'in_review' }]
    expect(goLiveDecision(held)).toEqual({ publish: [], blockers: ['《C》尚未审核通过'] })
    expect(goLiveDecision(held, true)).toEqual({ publish: ['a'], blockers: ['《C》尚未审核通过'] })
  })
})

it('a sub-kind belongs to one type', () => {
  expect(kindBelongsTo('network', 'cutover')).toBe(true)
  expect(kindBelongsTo('market', 'cutover')).toBe(false)
  expect(kindBelongsTo('market', 'toString')).toBe(false)
})

describe('warningDue', () => {
  const goLive = new Date('2026-12-20T09:00:00Z')
  const before = (days: number) => new Date(goLive.getTime() - days * 86_400_000)
  it('warns at 7 days, 2 days and go-live, each once', () => {
    expect(warningDue(goLive, before(8), [])).toBeNull()
    expect(warningDue(goLive, before(7), [])).toBe('days_7')
    expect(warningDue(goLive, before(3), ['days_7'])).toBeNull()
    expect(warningDue(goLive, before(2), ['days_7'])).toBe('days_2')
    expect(warningDue(goLive, before(0.5), ['days_7', 'days_2'])).toBeNull()
    expect(warningDue(goLive, before(0), ['days_7', 'days_2'])).toBe('go_live')
    expect(warningDue(goLive, before(-1), ['days_7', 'days_2', 'go_live'])).toBeNull()
  })
  it('gives only the most urgent warning when several thresholds passed unseen', () => {
    expect(warningDue(goLive, before(1), [])).toBe('days_2')
    expect(warningDue(goLive, before(1), ['days_2'])).toBeNull()
  })
})

it('only a live activity is closed', () => {
  expect(closeProblem('live')).toBeNull()
  expect(closeProblem('planning')).toBe('只有已上线的事项可以结束（当前：准备中）')
  expect(closeProblem('held')).toContain('上线受阻')
  expect(closeProblem('closed')).toContain('已结束')
})
