import Link from 'next/link'
import type { ServerProps } from 'payload'

import { worksOnContent } from '@access/knowledgeScope'
import { loadReportMonitor } from '@collections/Feedback/monitor/loadReportMonitor'
import { now } from '@/lib/clock'
import { MonitorTable, PointsRanking } from './MonitorTables'

import './workflowAdmin.css'

/** The card counts the last 30 days. */
const PERIOD_DAYS = 30

/**
 * 反馈监控 (beforeDashboard): for the viewer's unit and each unit below it, reports received in the
 * last 30 days, open, overdue and closed on time; the points ranking beside it. The same figures as
 * `GET /api/kb/report-monitor`.
 */
export async function ReportMonitorCard({ payload, user }: ServerProps) {
  if (!user || !worksOnContent(user)) return null
  const at = now()
  const monitor = await loadReportMonitor(payload, user, {
    from: new Date(at.getTime() - PERIOD_DAYS * 86_400_000),
    to: at,
    at,
  })
  const admin = payload.config.routes.admin
  const mine = `${admin}/collections/feedback?where[handlerCode][equals]=${monitor.unit.code}&where[status][in]=new,accepted,forwarded`
  return (
    <section aria-labelledby="kb-rm-title" className="kb-sr-board kb-rm">
      <h2 id="kb-rm-title">反馈监控</h2>
      <p>
        近 {PERIOD_DAYS} 天一线反馈的问题与建议（不含评分）。
        <Link href={mine} prefetch={false}>
          本单位待处理的反馈
        </Link>
      </p>
      <MonitorTable caption="各单位反馈受理与办结情况" rows={monitor.rows} />
      <h3>积分排名（前 10）</h3>
      <PointsRanking ranking={monitor.ranking} />
    </section>
  )
}
