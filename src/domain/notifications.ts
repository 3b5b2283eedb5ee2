/**
 * What the product tells people (通知): each event kind, its label, and whether a user wants it in
 * the inbox and by e-mail. Pure rules; `collections/Notifications` delivers them.
 */
export const NOTIFICATION_EVENTS = [
  'review_waiting',
  'review_overdue',
  'item_rejected',
  'item_published',
  'report_assigned',
  'report_answered',
  'report_escalated',
  'notice_to_ack',
  'item_due_review',
  'activity_warning',
] as const
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number]

export const NOTIFICATION_EVENT_LABELS: Record<NotificationEvent, string> = {
  review_waiting: '待我审核',
  review_overdue: '审核超时',
  item_rejected: '我的条目被驳回',
  item_published: '我的条目已发布',
  report_assigned: '反馈待本单位处理',
  report_answered: '我的反馈有答复',
  report_escalated: '反馈超时升级',
  notice_to_ack: '服务公告待阅',
  item_due_review: '我联系的条目待复核',
  activity_warning: '服务前置预警',
}

/** A user's choices: kinds they do not want at all, and kinds they want in the inbox only. */
export type NotificationPrefs = {
  muted?: readonly string[] | null
  noEmail?: readonly string[] | null
}

export type Delivery = { inbox: boolean; email: boolean }

/**
 * How an event reaches a user: in the inbox unless muted; by e-mail too when the server can send
 * mail, the user has an address and has not asked for the inbox only.
 */
export function deliveryFor(
  event: NotificationEvent,
  prefs: NotificationPrefs | null | undefined,
  canEmail: boolean,
): Delivery {
  if (prefs?.muted?.includes(event)) return { inbox: false, email: false }
  return { inbox: true, email: canEmail && !prefs?.noEmail?.includes(event) }
}
