/**
 * 服务前置 (seed 000): before a market or network activity reaches customers, customer service
 * evaluates it and loads the service. These are the rules; the collection, jobs and pages call them.
 */

/** 服务评估的对象 (第三章): 市场运营类 and 网络运营类, with the seed's sub-kinds. */
export const ACTIVITY_KINDS = {
  market: {
    label: '市场运营类',
    kinds: {
      product_launch: '产品/销售品上市',
      product_change: '产品/销售品调整',
      tariff_change: '资费及业务规则调整',
      agreement_change: '客户协议调整',
      promotion: '促销及广告宣传',
    },
  },
  network: {
    label: '网络运营类',
    kinds: {
      cutover: '割接',
      expansion: '扩容',
      upgrade: '网络平台及IT系统升级',
      adjustment: '网络调整',
    },
  },
} as const

export type ActivityType = keyof typeof ACTIVITY_KINDS
export type ActivityKind = {
  [T in ActivityType]: keyof (typeof ACTIVITY_KINDS)[T]['kinds']
}[ActivityType]

export const ACTIVITY_TYPES = Object.keys(ACTIVITY_KINDS) as ActivityType[]

/** Every sub-kind with its type, in the seed's order. */
export const ACTIVITY_KIND_OPTIONS = ACTIVITY_TYPES.flatMap((type) =>
  Object.entries(ACTIVITY_KINDS[type].kinds).map(([kind, label]) => ({
    type,
    kind: kind as ActivityKind,
    label,
  })),
)

/** Whether a sub-kind belongs to the type (a 割接 is not a 市场运营类 activity). */
export const kindBelongsTo = (type: ActivityType, kind: string): boolean =>
  Object.hasOwn(ACTIVITY_KINDS[type].kinds, kind)

/** 服务评估: the steps in the seed's order (附件4 服务评估流程). */
export const EVALUATION_STEPS = {
  document: '文档评估',
  staff_test: '一线服务人员感知测试',
  customer_test: '客户感知测试',
  compliance: '合规性评估',
  consistency: '一致性检查',
} as const
export type EvaluationStep = keyof typeof EVALUATION_STEPS
export const EVALUATION_STEP_KEYS = Object.keys(EVALUATION_STEPS) as EvaluationStep[]

export const EVALUATION_RESULTS = {
  pending: '待评估',
  passed: '通过',
  failed: '不通过',
} as const
export type EvaluationResult = keyof typeof EVALUATION_RESULTS

/** The service channels an activity reaches (预计影响的渠道). */
export const IMPACT_CHANNELS = {
  store: '营业厅',
  hotline: '10000号',
  online_hall: '网上营业厅',
  enterprise: '政企客户经理',
  self_service: '自助终端',
} as const

/** Where an activity stands; readiness is computed separately, never stored. */
export const ACTIVITY_STATUSES = {
  planning: '准备中',
  held: '上线受阻',
  live: '已上线',
  closed: '已结束',
} as const
export type ActivityStatus = keyof typeof ACTIVITY_STATUSES

export const READINESS_STATES = {
  ready: '已就绪',
  at_risk: '有风险',
  not_ready: '未就绪',
} as const
export type ReadinessState = keyof typeof READINESS_STATES

/** Go-live within this many days with something open makes an activity at risk. */
export const AT_RISK_DAYS = 7
/** 客服人员培训: the share of the areas' agents that must have acknowledged, by default. */
export const DEFAULT_TRAINING_ACK_TARGET = 90

/** Knowledge states an activity can go live with: approved (published by the go-live) or live. */
const LOADED_STATES = new Set(['approved', 'published'])

export type ReadinessInput = {
  goLiveAt: Date
  evaluations: Array<{ step: EvaluationStep; result: EvaluationResult; owner?: string | null }>
  requiredChanges: Array<{ change: string; answer?: string | null }>
  /** 知识库加载: each needed item with its workflow state and owner unit's name. */
  knowledge: Array<{ id: string; title: string; state: string; owner: string }>
  announcement: { title: string; state: string; owner: string } | null
  training: { title: string; state: string; owner: string; acked: number; agents: number } | null
  trainingAckTarget: number
  emergencyPlan: string | null
  checklist: Array<{ line: string; done: boolean }>
  /** Who answers for the activity's own parts (evaluation opinion, plan): its owner unit. */
  owner: string
  /** The initiating department, who answers required changes. */
  initiator: string
}

export type MissingPart = { part: string; what: string; owner: string }
export type Readiness = { state: ReadinessState; missing: MissingPart[] }

const loaded = (state: string) => LOADED_STATES.has(state)

/**
 * What is still missing before the activity may go live, and whether that puts it at risk. Every
 * evaluation step must have passed, every required change be answered, every needed knowledge
 * item, the announcement and the training notice be approved or live, enough agents have read the
 * training, the emergency plan be written and the checklist be done.
 */
export function activityReadiness(input: ReadinessInput, now: Date): Readiness {
  const missing: MissingPart[] = []
  for (const step of EVALUATION_STEP_KEYS) {
    const evaluation = input.evaluations.find((e) => e.step === step)
    if (evaluation?.result !== 'passed')
      missing.push({
        part: `evaluation.${step}`,
        what: `${EVALUATION_STEPS[step]}：${evaluation ? EVALUATION_RESULTS[evaluation.result] : '未安排'}`,
        owner: evaluation?.owner?.trim() || input.owner,
      })
  }
  input.requiredChanges.forEach((change, i) => {
    if (!change.answer?.trim())
      missing.push({
        part: `requiredChanges.${i}`,
        what: `服务评估意见未答复：${change.change}`,
        owner: input.initiator,
      })
  })
  for (const item of input.knowledge)
    if (!loaded(item.state))
      missing.push({
        part: `knowledge.${item.id}`,
        what: `知识库加载：《${item.title}》尚未审核通过`,
        owner: item.owner,
      })
  if (!input.announcement)
    missing.push({ part: 'announcement', what: '服务公告：未关联', owner: input.owner })
  else if (!loaded(input.announcement.state))
    missing.push({
      part: 'announcement',
      what: `服务公告：《${input.announcement.title}》尚未审核通过`,
      owner: input.announcement.owner,
    })
  if (!input.training)
    missing.push({ part: 'training', what: '客服人员培训：未关联培训通知', owner: input.owner })
  else {
    const { training } = input
    if (!loaded(training.state))
      missing.push({
        part: 'training',
        what: `客服人员培训：《${training.title}》尚未审核通过`,
        owner: training.owner,
      })
    const share = training.agents === 0 ? 100 : (training.acked / training.agents) * 100
    if (share < input.trainingAckTarget)
      missing.push({
        part: 'training.acks',
        what: `客服人员培训：已确认 ${training.acked}/${training.agents}（${Math.floor(share)}%），目标 ${input.trainingAckTarget}%`,
        owner: input.owner,
      })
  }
  if (!input.emergencyPlan?.trim())
    missing.push({ part: 'emergencyPlan', what: '服务应急预案：未填写', owner: input.owner })
  input.checklist.forEach((line, i) => {
    if (!line.done)
      missing.push({
        part: `checklist.${i}`,
        what: `检查项未完成：${line.line}`,
        owner: input.owner,
      })
  })
  if (missing.length === 0) return { state: 'ready', missing }
  const daysLeft = (input.goLiveAt.getTime() - now.getTime()) / 86_400_000
  return { state: daysLeft <= AT_RISK_DAYS ? 'at_risk' : 'not_ready', missing }
}

/**
 * The go-live decision for the bundle (knowledge, announcement, training notice): all of it goes
 * live together, or none of it and the reasons say why. `release` lets the owner publish what is
 * approved despite the rest (an audited, explicit choice).
 */
export function goLiveDecision(
  bundle: Array<{ id: string; title: string; state: string }>,
  release = false,
): { publish: string[]; blockers: string[] } {
  const blockers = bundle
    .filter((item) => !loaded(item.state))
    .map((item) => `《${item.title}》尚未审核通过`)
  if (blockers.length && !release) return { publish: [], blockers }
  return {
    publish: bundle.filter((item) => item.state === 'approved').map((item) => item.id),
    blockers,
  }
}

/** 预警: an activity not ready is warned about 7 and 2 days before go-live, and at go-live. */
export const WARNING_THRESHOLDS = {
  days_7: { days: 7, label: '距上线 7 天仍未就绪' },
  days_2: { days: 2, label: '距上线 2 天仍未就绪' },
  go_live: { days: 0, label: '已到上线时间仍未就绪' },
} as const
export type WarningThreshold = keyof typeof WARNING_THRESHOLDS
const THRESHOLDS_BY_URGENCY = Object.keys(WARNING_THRESHOLDS) as WarningThreshold[]

/**
 * The warning due now, if any: the most urgent threshold crossed that is more urgent than every
 * warning already given (an activity created 1 day before go-live gets the 2-day warning only).
 */
export function warningDue(
  goLiveAt: Date,
  now: Date,
  given: readonly WarningThreshold[],
): WarningThreshold | null {
  const crossed = THRESHOLDS_BY_URGENCY.filter(
    (t) => now.getTime() >= goLiveAt.getTime() - WARNING_THRESHOLDS[t].days * 86_400_000,
  )
  const mostUrgent = crossed.at(-1)
  if (!mostUrgent) return null
  const urgency = (t: WarningThreshold) => THRESHOLDS_BY_URGENCY.indexOf(t)
  const highestGiven = Math.max(-1, ...given.map(urgency))
  return urgency(mostUrgent) > highestGiven ? mostUrgent : null
}

/** 事后: only a live activity is closed, with a review saying whether 服务前置 was followed. */
export function closeProblem(status: ActivityStatus): string | null {
  return status === 'live' ? null : `只有已上线的事项可以结束（当前：${ACTIVITY_STATUSES[status]}）`
}
