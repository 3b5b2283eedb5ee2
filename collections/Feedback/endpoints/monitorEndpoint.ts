import { APIError, type Endpoint } from 'payload'

import { worksOnContent } from '@access/knowledgeScope'
import { now } from '@/lib/clock'
import { firstIssue } from '@/lib/errorResponse'
import { z } from '@/lib/zod'
import { loadReportMonitor, MonitorScopeError } from '../monitor/loadReportMonitor'

/** The default period: the last 30 days. */
const DEFAULT_DAYS = 30

const day = (field: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: `${field} 须为 YYYY-MM-DD 格式的日期` })
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00+08:00`)), {
      message: `${field} 不是有效日期`,
    })
    .optional()

const MonitorQuery = z
  .object({
    unit: z
      .string()
      .regex(/^\d{6}$/, { message: 'unit 须为 6 位单位编码' })
      .optional(),
    from: day('from'),
    to: day('to'),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'from 不能晚于 to',
    path: ['from'],
  })

/** A day's start in Beijing time, the operator's calendar. */
const startOfDay = (value: string) => new Date(`${value}T00:00:00+08:00`)

/**
 * `GET /api/kb/report-monitor?unit=CODE&from=YYYY-MM-DD&to=YYYY-MM-DD` → 省公司监控: received,
 * open, overdue and closed on time per unit below `unit` (default the caller's), and the points
 * ranking. Content workers only, inside their subtree (403 outside it, 400 on a bad date).
 */
export const monitorEndpoint: Endpoint = {
  path: '/kb/report-monitor',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new APIError('请先登录', 401, null, true)
    if (!worksOnContent(req.user)) throw new APIError('反馈监控仅对管理人员开放', 403, null, true)
    const query = MonitorQuery.safeParse(Object.fromEntries(new URL(req.url!).searchParams))
    if (!query.success) throw new APIError(firstIssue(query.error), 400, null, true)
    const at = now()
    const to = query.data.to ? new Date(startOfDay(query.data.to).getTime() + 86_400_000) : at
    const from = query.data.from
      ? startOfDay(query.data.from)
      : new Date(to.getTime() - DEFAULT_DAYS * 86_400_000)
    try {
      return Response.json(
        await loadReportMonitor(req.payload, req.user, { unitCode: query.data.unit, from, to, at }),
      )
    } catch (error) {
      if (error instanceof MonitorScopeError)
        throw new APIError(`unit：${error.message} 不在您的管辖范围内`, 403, null, true)
      throw error
    }
  },
}
