/**
 * The approval workflow as pure functions: which review steps an item needs, and which transitions
 * an actor may make. Hooks, endpoints and the admin buttons all ask this module; none repeats it.
 *
 *   draft → in_review (step k of n) → approved → published → expired | archived
 *   any review step can reject back to draft (comment required)
 */
import { type Channel, hasPublicChannel } from './channels'
import { type OrgScope, scopeContains } from './orgTree'

export const WORKFLOW_STATES = [
  'draft',
  'in_review',
  'approved',
  'published',
  'expired',
  'archived',
] as const
export type WorkflowState = (typeof WORKFLOW_STATES)[number]

export const WORKFLOW_STATE_LABELS: Record<WorkflowState, string> = {
  draft: '草稿',
  in_review: '审核中',
  approved: '已审核待发布',
  published: '已发布',
  expired: '已过期',
  archived: '已归档',
}

export const WORKFLOW_ACTIONS = [
  'submit',
  'withdraw',
  'approve',
  'reject',
  'publish',
  'expire',
  'archive',
] as const
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number]

export const WORKFLOW_ACTION_LABELS: Record<WorkflowAction, string> = {
  submit: '提交审核',
  withdraw: '撤回',
  approve: '审核通过',
  reject: '驳回',
  publish: '发布',
  expire: '过期下线',
  archive: '归档',
}

export type ReviewStepKind = 'review' | 'compliance'
export type ReviewStep = { kind: ReviewStepKind; unit: string }

/** The role that acts on each kind of step. */
export const STEP_ROLE: Record<ReviewStepKind, 'reviewer' | 'compliance'> = {
  review: 'reviewer',
  compliance: 'compliance',
}

/** City items are reviewed in their province; province and HQ items by their own unit. */
export function reviewingUnit(owner: OrgScope): string {
  if (owner.level === 'city') {
    if (!owner.province) throw new Error(`city ${owner.code} has no province`)
    return owner.province
  }
  return owner.code
}

/** The chain of steps for an item: a review, plus compliance when any channel is public. */
export function reviewChain(owner: OrgScope, channels: readonly Channel[]): ReviewStep[] {
  const unit = reviewingUnit(owner)
  const steps: ReviewStep[] = [{ kind: 'review', unit }]
  if (hasPublicChannel(channels)) steps.push({ kind: 'compliance', unit })
  return steps
}

export type WorkflowActor = {
  id: string
  roles: readonly string[]
  /** Where the actor's unit sits; null for the scheduler and for users without a unit. */
  scope: OrgScope | null
  /** True for the scheduler (publish on time, expire): not a person. */
  system?: boolean
}

export type WorkflowItem = {
  state: WorkflowState
  /** Index into `chain` while in review. */
  step: number | null
  chain: ReviewStep[]
  owner: OrgScope
  /** Who created the item, who submitted the current round, and who last edited the content. */
  authoredBy?: string | null
  /** 联系人制度: whether the item names its contact person, who is needed to submit it. */
  hasContact: boolean
  submittedBy: string | null
  lastEditedBy: string | null
  effectiveFrom: Date | null
  /** When the current review step is due (时限控制). */
  stepDeadline?: Date | null
}

/** A step past its deadline is overdue: it shows in the queue and HQ's reviewers may take it over. */
export const isOverdue = (item: WorkflowItem, now: Date) =>
  item.state === 'in_review' && Boolean(item.stepDeadline && item.stepDeadline < now)

type Decision =
  | {
      ok: true
      from: WorkflowState
      to: WorkflowState
      step: number | null
      reviewStep: ReviewStep | null
    }
  | { ok: false; reason: string }

export type TransitionResult =
  Extract<Decision, { ok: true }> | { ok: false; reason: string; allowed: WorkflowAction[] }

const isOwnerEditor = (actor: WorkflowActor, item: WorkflowItem) =>
  actor.roles.includes('editor') && actor.scope?.code === item.owner.code

/**
 * People act only on items owned inside their own subtree, whatever their role: being able to
 * read an item (HQ's, or a neighbour's 异地可查 item) is no licence to work on it.
 */
function scopeRefusal(actor: WorkflowActor, item: WorkflowItem): string | null {
  if (actor.system) return null
  if (actor.scope && scopeContains(actor.scope, item.owner)) return null
  return `该条目属于单位 ${item.owner.code}，不在本单位${actor.scope ? ` ${actor.scope.code} ` : ''}的管辖范围内`
}

/**
 * Whether the current review step is the actor's: their unit and a role acting on that kind of
 * step. An overdue province step is escalated to the next tier up: headquarters' reviewers of the
 * same kind may take it too. (Whether they may approve their own work is checked separately.)
 */
export function stepAssignedTo(item: WorkflowItem, actor: WorkflowActor, now: Date): boolean {
  const step = item.step === null ? undefined : item.chain[item.step]
  if (!step || item.state !== 'in_review') return false
  const escalated = isOverdue(item, now) && actor.scope?.level === 'hq'
  return (
    actor.roles.includes(STEP_ROLE[step.kind]) && (actor.scope?.code === step.unit || escalated)
  )
}

/** Whether the actor may decide on the current review step, and why not. */
function reviewRefusal(actor: WorkflowActor, item: WorkflowItem, now: Date): string | null {
  const step = item.step === null ? undefined : item.chain[item.step]
  if (!step) return '该条目不在审核中'
  if (!stepAssignedTo(item, actor, now)) {
    const who = step.kind === 'compliance' ? '合规审核' : '审核'
    return `当前步骤需由单位 ${step.unit} 的${who}人员处理`
  }
  if ([item.authoredBy, item.submittedBy, item.lastEditedBy].includes(actor.id)) {
    return '不能审核自己创建、提交或最后编辑的条目'
  }
  return null
}

const effectiveNow = (item: WorkflowItem, now: Date) =>
  !item.effectiveFrom || item.effectiveFrom <= now

function decide(
  item: WorkflowItem,
  action: WorkflowAction,
  actor: WorkflowActor,
  options: { comment?: string; now: Date },
): Decision {
  const refuse = (reason: string): Decision => ({ ok: false, reason })
  const go = (to: WorkflowState, step: number | null = null): Decision => ({
    ok: true,
    from: item.state,
    to,
    step,
    reviewStep: item.step === null ? null : (item.chain[item.step] ?? null),
  })

  const outOfScope = scopeRefusal(actor, item)
  if (outOfScope) return refuse(outOfScope)

  switch (action) {
    case 'submit':
      if (item.state !== 'draft')
        return refuse(`只有草稿可以提交审核（当前：${WORKFLOW_STATE_LABELS[item.state]}）`)
      if (!isOwnerEditor(actor, item)) return refuse('只有本单位的信息采编可以提交')
      if (item.chain.length === 0) return refuse('该条目没有审核步骤')
      if (!item.hasContact)
        return refuse('提交前请指定联系人（联系人制度：每条知识须有负责复核的联系人）')
      return go('in_review', 0)
    case 'withdraw':
      if (item.state !== 'in_review') return refuse('只有审核中的条目可以撤回')
      if (!isOwnerEditor(actor, item)) return refuse('只有本单位的信息采编可以撤回')
      return go('draft')
    case 'approve': {
      if (item.state !== 'in_review') return refuse('只有审核中的条目可以审核')
      const refusal = reviewRefusal(actor, item, options.now)
      if (refusal) return refuse(refusal)
      const next = item.step! + 1
      if (next < item.chain.length) return go('in_review', next)
      return go(effectiveNow(item, options.now) ? 'published' : 'approved')
    }
    case 'reject': {
      if (item.state !== 'in_review') return refuse('只有审核中的条目可以驳回')
      const refusal = reviewRefusal(actor, item, options.now)
      if (refusal) return refuse(refusal)
      if (!options.comment?.trim()) return refuse('驳回必须填写意见')
      return go('draft')
    }
    case 'publish':
      if (item.state !== 'approved') return refuse('只有已审核的条目可以发布')
      if (!actor.system && !isOwnerEditor(actor, item))
        return refuse('只有本单位的信息采编可以发布')
      if (!effectiveNow(item, options.now)) return refuse('尚未到生效时间，将按时自动发布')
      return go('published')
    case 'expire':
      if (item.state !== 'published') return refuse('只有已发布的条目会过期')
      if (!actor.system) return refuse('过期由系统按失效时间执行')
      return go('expired')
    case 'archive':
      if (item.state === 'archived' || item.state === 'in_review') {
        return refuse(item.state === 'archived' ? '条目已归档' : '审核中的条目请先撤回')
      }
      if (!isOwnerEditor(actor, item) && !actor.roles.includes('admin'))
        return refuse('只有本单位的信息采编可以归档')
      return go('archived')
  }
}

/**
 * Decides one transition. Returns the new state and step, or why it is refused together with the
 * actions this actor could take instead.
 */
export function transition(
  item: WorkflowItem,
  action: WorkflowAction,
  actor: WorkflowActor,
  options: { comment?: string; now: Date },
): TransitionResult {
  const decision = decide(item, action, actor, options)
  return decision.ok ? decision : { ...decision, allowed: allowedActions(item, actor, options.now) }
}

/** The actions this actor could take on the item now (for buttons and for 400 responses). */
export function allowedActions(
  item: WorkflowItem,
  actor: WorkflowActor,
  now: Date,
): WorkflowAction[] {
  // A placeholder comment: `reject` is offered whenever the actor may act on the step.
  return WORKFLOW_ACTIONS.filter((action) => decide(item, action, actor, { comment: '…', now }).ok)
}
