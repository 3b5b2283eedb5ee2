/** Agents' feedback on an item (seed 003): a rating, an error report or a suggested change. */
export const FEEDBACK_KINDS = ['rating', 'error', 'suggestion'] as const
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number]

export const FEEDBACK_KIND_LABELS: Record<FeedbackKind, string> = {
  rating: '评分',
  error: '报错',
  suggestion: '修改建议',
}

export const FEEDBACK_STATUSES = ['new', 'in_progress', 'resolved', 'rejected'] as const
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number]

export const FEEDBACK_STATUS_LABELS: Record<FeedbackStatus, string> = {
  new: '待处理',
  in_progress: '处理中',
  resolved: '已解决',
  rejected: '不予采纳',
}

/** What a report needs before it is stored; null when it is complete. */
export function feedbackProblem(input: {
  kind: FeedbackKind
  rating?: number | null
  text?: string | null
}): string | null {
  if (input.kind === 'rating') {
    const rating = input.rating ?? 0
    return Number.isInteger(rating) && rating >= 1 && rating <= 5 ? null : '评分须为 1 到 5'
  }
  return input.text?.trim() ? null : '请填写问题或建议的内容'
}
