import { APIError, type Endpoint } from 'payload'

import { REPORT_ACTIONS, type ReportAction, reportActionProblem } from '@/domain/feedback'
import { now } from '@/lib/clock'
import { reportActorOf, reportStateOf } from '../handling/reportState'

/** What the admin's report panel needs: the steps open to the user and the reports to merge into. */
export type ReportActionsInfo = {
  status: string
  allowed: ReportAction[]
  mergeTargets: { id: string; title: string }[]
}

/** Most merge targets listed: the open reports the same unit holds, newest first. */
const MERGE_TARGETS = 50

/**
 * `GET /api/feedback/:id/handle` → the steps the signed-in user may take on the report now, decided
 * by the same rule `POST` applies (a reply or note is asked for when the step is taken).
 */
export const reportActionsEndpoint: Endpoint = {
  path: '/:id/handle',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new APIError('请先登录', 401, null, true)
    const report = await req.payload.findByID({
      collection: 'feedback',
      id: String(req.routeParams?.id),
      depth: 0,
      overrideAccess: false,
      user: req.user,
      disableErrors: true,
      req,
    })
    if (!report) throw new APIError('反馈不存在或无权查看', 404, null, true)
    const state = reportStateOf(report)
    const actor = reportActorOf(req.user)
    const at = now()
    const allowed = REPORT_ACTIONS.filter(
      (action) => !reportActionProblem(state, actor, { action, text: '-', into: '-' }, at),
    )
    const mergeTargets = allowed.includes('merge')
      ? (
          await req.payload.find({
            collection: 'feedback',
            where: {
              handlerCode: { equals: report.handlerCode },
              status: { in: ['new', 'accepted', 'forwarded'] },
              id: { not_equals: report.id },
            },
            select: { itemTitle: true },
            sort: '-createdAt',
            limit: MERGE_TARGETS,
            depth: 0,
            overrideAccess: false,
            user: req.user,
            req,
          })
        ).docs.map((doc) => ({ id: doc.id, title: doc.itemTitle ?? doc.id }))
      : []
    return Response.json({
      status: report.status,
      allowed,
      mergeTargets,
    } satisfies ReportActionsInfo)
  },
}
