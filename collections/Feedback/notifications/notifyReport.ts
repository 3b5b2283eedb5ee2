import type { PayloadRequest } from 'payload'

import { notify, usersAt } from '@collections/Notifications/notify'
import { FEEDBACK_KIND_LABELS, type FeedbackKind } from '@/domain/feedback'
import type { NotificationEvent } from '@/domain/notifications'
import { relationId } from '@/lib/relationId'
import type { Feedback } from '@/payload-types'

/** Who works a report at the unit holding it. */
const HANDLER_ROLES = ['editor', 'reviewer', 'admin'] as const

const kindOf = (report: Feedback) => FEEDBACK_KIND_LABELS[report.kind as FeedbackKind]

/** 反馈待本单位处理: the holding unit's editors, reviewers and admins. */
export async function notifyReportHolders(req: PayloadRequest, report: Feedback, why: string) {
  await notify(req, await usersAt(req, report.handlerCode, HANDLER_ROLES), {
    event: 'report_assigned',
    title: `${why}：${report.itemTitle ?? kindOf(report)}`,
    body: report.text ?? report.query ?? undefined,
    link: `/admin/collections/feedback/${report.id}`,
  })
}

/** The reporter and everyone following the report (reporters of merged duplicates). */
export async function notifyReporters(
  req: PayloadRequest,
  report: Feedback,
  event: Extract<NotificationEvent, 'report_answered' | 'report_escalated'>,
  title: string,
  body?: string,
) {
  const people = [report.reporter, ...(report.followers ?? [])].map((ref) => relationId(ref)!)
  await notify(req, people, { event, title, body, link: '/agent/reports' })
}
