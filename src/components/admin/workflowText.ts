/**
 * Display helpers shared by the server views and the client panels. Pure and free of Payload
 * imports, so both sides render the same text (no hydration mismatch on dates).
 */
import {
  type ReviewStep,
  type ReviewStepKind,
  WORKFLOW_STATE_LABELS,
  type WorkflowAction,
  type WorkflowState,
} from '@/domain/workflow'

export const STEP_KIND_LABELS: Record<ReviewStepKind, string> = {
  review: '审核',
  compliance: '合规审核',
}

/** What `GET /api/knowledge/:id/workflow` returns. */
export type WorkflowInfo = {
  workflowState: WorkflowState
  reviewStep: number | null
  stepDeadline: string | null
  chain: ReviewStep[]
  allowed: WorkflowAction[]
  /** Decided on the server with the application clock, like the review queue. */
  overdue: boolean
}

// Staff work on Beijing time wherever the server or browser runs; fixing the zone keeps server
// and client output identical.
const PARTS = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** `11月27日 09:00` (with the year when it is not the current one). */
export function formatDateTime(value: string | Date | null | undefined, now = new Date()): string {
  if (!value) return '—'
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return '—'
  const part = (parts: Intl.DateTimeFormatPart[], type: string) =>
    parts.find((p) => p.type === type)?.value ?? ''
  const parts = PARTS.formatToParts(date)
  const year = part(parts, 'year')
  const prefix = year === part(PARTS.formatToParts(now), 'year') ? '' : `${year}年`
  return `${prefix}${part(parts, 'month')}月${part(parts, 'day')}日 ${part(parts, 'hour')}:${part(parts, 'minute')}`
}

/** `第 1/2 步：审核，单位 440000` — steps are counted from 1 for people. */
export function stepText(chain: readonly ReviewStep[], index: number | null): string | null {
  const step = index === null ? undefined : chain[index]
  if (!step || index === null) return null
  return `第 ${index + 1}/${chain.length} 步：${STEP_KIND_LABELS[step.kind]}，单位 ${step.unit}`
}

/** `审核中（第 1/2 步：审核，单位 440000），时限 11月27日 09:00，已超时` */
export function statusLine(info: Omit<WorkflowInfo, 'allowed'>, now = new Date()): string {
  const label = WORKFLOW_STATE_LABELS[info.workflowState] ?? info.workflowState
  if (info.workflowState !== 'in_review') return label
  const step = stepText(info.chain, info.reviewStep)
  let line = step ? `${label}（${step}）` : label
  if (info.stepDeadline) line += `，时限 ${formatDateTime(info.stepDeadline, now)}`
  if (info.overdue) line += '，已超时'
  return line
}

/** Fired on `window` after a transition, so panels on the same page (history) reload. */
export const WORKFLOW_CHANGED_EVENT = 'kb:workflow-changed'

/** Payload's error body `{ errors: [{ message }] }`, or a fallback. */
export async function errorMessageOf(res: Response, fallback: string): Promise<string> {
  try {
    const body = (await res.json()) as { errors?: { message?: string }[] }
    return body.errors?.[0]?.message || fallback
  } catch {
    return fallback
  }
}
