import { addWorkingDays } from './deadlines'
import type { OrgLevel } from './orgTree'

/**
 * The front line's one channel (seed 003: 可通过一个通道进行提交): ratings, reports on an item,
 * missing knowledge raised from a failed search, problems and suggestions not about an item, and
 * province staff's 流程穿越. Routed upward with time limits (分公司自行解决, 需省公司支撑的由分公司
 * 把关后往上流转), answered, and counted in 积分. Pure rules; the feedback collection calls them.
 */
export const FEEDBACK_KINDS = [
  'rating',
  'error',
  'suggestion',
  'missing',
  'business',
  'process',
  'system',
  'service_suggestion',
  'walkthrough',
] as const
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number]

export const FEEDBACK_KIND_LABELS: Record<FeedbackKind, string> = {
  rating: '评分',
  error: '报错',
  suggestion: '修改建议',
  missing: '缺失知识',
  business: '业务问题',
  process: '流程问题',
  system: '系统问题',
  service_suggestion: '服务建议',
  walkthrough: '流程穿越',
}

/** Kinds about one knowledge item: they name it and go to its owner unit. */
export const ITEM_KINDS = ['rating', 'error', 'suggestion'] as const satisfies FeedbackKind[]
/** Kinds a front-line user raises without an item (the console's 上报问题 button). */
export const FREE_KINDS = [
  'missing',
  'business',
  'process',
  'system',
  'service_suggestion',
] as const satisfies FeedbackKind[]

/** Ratings are counted, not handled; every other kind is a report routed with a time limit. */
export const isRoutedKind = (kind: FeedbackKind): boolean => kind !== 'rating'
export const isItemKind = (kind: FeedbackKind): boolean =>
  (ITEM_KINDS as readonly string[]).includes(kind)

export const WALKTHROUGH_MODES = ['self', 'joint'] as const
export type WalkthroughMode = (typeof WALKTHROUGH_MODES)[number]
export const WALKTHROUGH_MODE_LABELS: Record<WalkthroughMode, string> = {
  self: '自助穿越',
  joint: '合作穿越',
}

export const FEEDBACK_STATUSES = ['new', 'accepted', 'forwarded', 'resolved', 'rejected'] as const
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number]

export const FEEDBACK_STATUS_LABELS: Record<FeedbackStatus, string> = {
  new: '待处理',
  accepted: '已受理',
  forwarded: '已上报',
  resolved: '已解决',
  rejected: '不予采纳',
}

export const isOpenStatus = (status: FeedbackStatus): boolean =>
  status !== 'resolved' && status !== 'rejected'

export const REPORT_ACTIONS = ['accept', 'forward', 'resolve', 'reject', 'reopen', 'merge'] as const
export type ReportAction = (typeof REPORT_ACTIONS)[number]

export const REPORT_ACTION_LABELS: Record<ReportAction, string> = {
  accept: '受理',
  forward: '上报上级',
  resolve: '办结',
  reject: '不予采纳',
  reopen: '重新打开',
  merge: '合并重复',
}

/** What the history of a report records: the actions above, plus filing and automatic escalation. */
export const REPORT_EVENTS = ['filed', 'escalate', ...REPORT_ACTIONS] as const
export type ReportEvent = (typeof REPORT_EVENTS)[number]
export const REPORT_EVENT_LABELS: Record<ReportEvent, string> = {
  filed: '提交',
  escalate: '超时自动升级',
  ...REPORT_ACTION_LABELS,
}

/** A reporter may reopen a closed report once, within this many days of its closing. */
export const REOPEN_WINDOW_DAYS = 14

/** What a new report needs before it is stored; null when it is complete. */
export function feedbackProblem(input: {
  kind: FeedbackKind
  rating?: number | null
  text?: string | null
  hasItem: boolean
  query?: string | null
}): string | null {
  if (isItemKind(input.kind) && !input.hasItem) return '请指明反馈的条目'
  if (!isItemKind(input.kind) && input.hasItem)
    return `“${FEEDBACK_KIND_LABELS[input.kind]}”不针对单个条目，请勿指定条目`
  if (input.kind === 'rating') {
    const rating = input.rating ?? 0
    return Number.isInteger(rating) && rating >= 1 && rating <= 5 ? null : '评分须为 1 到 5'
  }
  if (input.kind === 'missing' && !input.query?.trim() && !input.text?.trim())
    return '请填写没有查到答案的搜索词或问题'
  if (input.kind !== 'missing' && !input.text?.trim()) return '请填写问题或建议的内容'
  return null
}

// ---------------------------------------------------------------------------------------------
// Time limits (时限) and points (积分): the HQ admin's settings, with these defaults.

/** Working days a unit of each tier has to handle a report, before it goes one tier up. */
export type TierDays = Record<OrgLevel, number>

export type ReportRules = {
  days: TierDays
  /** Per-kind limits replacing `days` for that kind. */
  kindDays: Partial<Record<FeedbackKind, TierDays>>
  points: Record<PointGroup, number>
}

export const POINT_GROUPS = ['problem', 'suggestion', 'walkthrough'] as const
export type PointGroup = (typeof POINT_GROUPS)[number]
export const POINT_GROUP_LABELS: Record<PointGroup, string> = {
  problem: '发现一个问题',
  suggestion: '有效建议',
  walkthrough: '穿越一个流程',
}

/** Seed 003's 积分 (发现一个问题 0.3 分, 有效建议 0.5 分, 穿越一个流程 1 分) and DESIGN's 时限. */
export const DEFAULT_REPORT_RULES: ReportRules = {
  days: { city: 2, province: 3, hq: 5 },
  kindDays: {},
  points: { problem: 0.3, suggestion: 0.5, walkthrough: 1 },
}

/** Which of seed 003's three point groups a kind earns; ratings earn none. */
export function pointGroupOf(kind: FeedbackKind): PointGroup | null {
  switch (kind) {
    case 'rating':
      return null
    case 'suggestion':
    case 'service_suggestion':
      return 'suggestion'
    case 'walkthrough':
      return 'walkthrough'
    default:
      return 'problem'
  }
}

/** When a unit of `level` that took a report of `kind` at `from` must have handled it. */
export function reportDueAt(
  rules: ReportRules,
  kind: FeedbackKind,
  level: OrgLevel,
  from: Date,
): Date {
  const days = rules.kindDays[kind]?.[level] ?? rules.days[level]
  return addWorkingDays(from, days)
}

// ---------------------------------------------------------------------------------------------
// Handling.

/** The report as the rules see it. */
export type ReportState = {
  kind: FeedbackKind
  status: FeedbackStatus
  reporterId: string
  /** The unit holding the report now. */
  handlerCode: string | null
  handlerLevel: OrgLevel | null
  closedAt: Date | null
  reopened: boolean
  mergedInto: string | null
}

/** Who asks: their id, roles and unit. */
export type ReportActor = {
  id: string
  unitCode: string | null
  worksOnContent: boolean
  /** 审核 or admin: the unit's gatekeeper, who decides what goes one tier up (把关). */
  gatekeeper: boolean
}

export type ReportRequest = {
  action: ReportAction
  /** A reply (resolve, reject) or a note (forward, reopen). */
  text?: string | null
  /** The report this one duplicates (merge). */
  into?: string | null
}

/** Content workers of the unit holding the report handle it. */
export const handlesReport = (report: ReportState, actor: ReportActor): boolean =>
  actor.worksOnContent && actor.unitCode !== null && actor.unitCode === report.handlerCode

/** Why an action is refused: the HTTP status it maps to and the reason in Chinese. */
export type ReportRefusal = { status: 400 | 403 | 409; message: string }

const refusal = (status: ReportRefusal['status'], message: string): ReportRefusal => ({
  status,
  message,
})

/**
 * Why `actor` may not do `request` to `report` now; null when they may. Resolving and rejecting
 * need a reply, forwarding and reopening a note (400); only the unit holding a report handles it
 * and only its reporter reopens it (403); the rest depends on the report's state (409).
 */
export function reportActionProblem(
  report: ReportState,
  actor: ReportActor,
  request: ReportRequest,
  now: Date,
): ReportRefusal | null {
  if (!isRoutedKind(report.kind)) return refusal(409, '评分无需处理')
  const text = request.text?.trim() ?? ''
  if (request.action === 'reopen') {
    if (actor.id !== report.reporterId) return refusal(403, '只有提交人可以重新打开')
    if (isOpenStatus(report.status)) return refusal(409, '该反馈尚未办结')
    if (report.mergedInto) return refusal(409, '该反馈已合并，请关注合并后的反馈')
    if (report.reopened) return refusal(409, '每条反馈只能重新打开一次')
    const closedAt = report.closedAt?.getTime() ?? 0
    if (now.getTime() - closedAt > REOPEN_WINDOW_DAYS * 86_400_000)
      return refusal(409, `办结超过 ${REOPEN_WINDOW_DAYS} 天，不能重新打开，请重新提交`)
    return text ? null : refusal(400, 'text：请说明重新打开的原因')
  }
  if (!handlesReport(report, actor)) return refusal(403, '该反馈不由您的单位处理')
  if (!isOpenStatus(report.status)) return refusal(409, '该反馈已办结')
  switch (request.action) {
    case 'accept':
      return report.status === 'accepted' ? refusal(409, '该反馈已受理') : null
    case 'forward':
      if (!actor.gatekeeper) return refusal(403, '上报上级须由本单位审核或管理员把关')
      if (report.handlerLevel === 'hq' || report.handlerLevel === null)
        return refusal(409, '总部没有上级单位')
      return text ? null : refusal(400, 'text：请填写上报说明')
    case 'resolve':
    case 'reject':
      return text ? null : refusal(400, 'text：请填写处理答复')
    case 'merge':
      return request.into ? null : refusal(400, 'into：请指明合并到哪一条反馈')
  }
}

/** The status a report takes after an action. */
export function statusAfter(action: ReportAction): FeedbackStatus {
  switch (action) {
    case 'accept':
      return 'accepted'
    case 'forward':
      return 'forwarded'
    case 'reopen':
      return 'new'
    case 'reject':
      return 'rejected'
    case 'resolve':
    case 'merge':
      return 'resolved'
  }
}

/**
 * Whether an action counts the report as valid (有效) and earns its points: accepting it, or
 * resolving it straight away. Rejections earn nothing; points are counted once.
 */
export const earnsPoints = (action: ReportAction, alreadyEarned: boolean): boolean =>
  !alreadyEarned && (action === 'accept' || action === 'resolve')

/** Points added up in tenths, so that 0.3 + 0.3 + 0.3 is 0.9 and not 0.8999…. */
export const sumPoints = (points: readonly number[]): number =>
  points.reduce((sum, p) => sum + Math.round(p * 10), 0) / 10

/** Whether an open report's time is up: it escalates one tier up, or at HQ is only marked. */
export const isOverdue = (status: FeedbackStatus, dueAt: Date | null, now: Date): boolean =>
  isOpenStatus(status) && dueAt !== null && dueAt.getTime() < now.getTime()

/** A one-line title for the admin's lists: the item's, the missing query, or the text's start. */
export function reportTitle(input: {
  kind: FeedbackKind
  itemTitle?: string | null
  query?: string | null
  text?: string | null
}): string {
  if (input.itemTitle) return input.itemTitle
  const label = FEEDBACK_KIND_LABELS[input.kind]
  const words = (input.kind === 'missing' && input.query?.trim()) || input.text?.trim() || ''
  const head = words.length > 40 ? `${words.slice(0, 40)}…` : words
  return `${label}：${head}`
}
