import type { PayloadRequest } from 'payload'

import { type FeedbackKind, reportDueAt } from '@/domain/feedback'
import { loadReportRules } from '@collections/ReportRules'
import { notifyReporters, notifyReportHolders } from '../notifications/notifyReport'
import { handlerFields } from '../routing/handlerFields'
import { loadParentScope } from '../routing/loadParentScope'

/** How many overdue reports one run moves; the next run takes the rest. */
const BATCH = 200

/**
 * 超时升级: an open report past its time limit is marked overdue and goes one tier up by itself
 * (city → province → HQ), with a fresh limit there and a line in its history the reporter sees.
 * At HQ, with no tier above, one that never missed a limit is marked (`overdue` counts a report
 * that missed any limit; one open past its limit now is `dueAt` < now). Returns the ids moved or
 * marked.
 */
export async function escalateOverdueReports(req: PayloadRequest, at: Date) {
  const { docs } = await req.payload.find({
    collection: 'feedback',
    where: {
      and: [
        { status: { in: ['new', 'accepted', 'forwarded'] } },
        { dueAt: { less_than: at.toISOString() } },
        // Below HQ every limit missed moves a report up; at HQ one not yet overdue is marked.
        { or: [{ handlerLevel: { not_equals: 'hq' } }, { overdue: { not_equals: true } }] },
      ],
    },
    depth: 0,
    limit: BATCH,
    sort: 'dueAt',
    overrideAccess: true,
    req,
  })
  if (docs.length === 0) return []
  const rules = await loadReportRules(req)
  const moved: string[] = []
  for (const report of docs) {
    const parent =
      report.handlerLevel === 'hq' ? null : await loadParentScope(req, report.handlerCode ?? '')
    const line = {
      event: 'escalate' as const,
      at: at.toISOString(),
      fromCode: report.handlerCode,
      toCode: parent?.code ?? report.handlerCode,
      note: parent ? '超过办理时限，自动上报上一级' : '超过办理时限（已在总部）',
    }
    const saved = await req.payload.update({
      collection: 'feedback',
      id: report.id,
      data: {
        overdue: true,
        ...(parent
          ? {
              ...handlerFields(parent),
              status: 'forwarded',
              escalations: (report.escalations ?? 0) + 1,
              dueAt: reportDueAt(
                rules,
                report.kind as FeedbackKind,
                parent.level,
                at,
              ).toISOString(),
            }
          : {}),
        history: [...(report.history ?? []), line],
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (parent) {
      await notifyReportHolders(req, saved, '超时升级的反馈')
      await notifyReporters(
        req,
        saved,
        'report_escalated',
        `您的反馈超时未办结，已自动上报：${saved.itemTitle ?? ''}`,
      )
    }
    moved.push(report.id)
  }
  return moved
}
