import {
  APIError,
  commitTransaction,
  initTransaction,
  killTransaction,
  type PayloadRequest,
} from 'payload'

import {
  earnsPoints,
  type FeedbackKind,
  handlesReport,
  pointGroupOf,
  REPORT_ACTIONS,
  type ReportAction,
  reportActionProblem,
  reportDueAt,
  statusAfter,
} from '@/domain/feedback'
import { now } from '@/lib/clock'
import { firstIssue } from '@/lib/errorResponse'
import { relationId } from '@/lib/relationId'
import { z } from '@/lib/zod'
import type { Feedback } from '@/payload-types'
import { loadReportRules } from '@collections/ReportRules'
import { notifyReporters, notifyReportHolders } from '../notifications/notifyReport'
import { handlerFields } from '../routing/handlerFields'
import { reportActorOf, reportStateOf } from './reportState'
import { loadParentScope } from '../routing/loadParentScope'

const ReportActionRequest = z.object({
  action: z.enum(REPORT_ACTIONS, { message: `action 必须是 ${REPORT_ACTIONS.join(' | ')} 之一` }),
  text: z.string().max(2000, { message: 'text 不能超过 2000 字' }).nullish(),
  into: z.string().max(64).nullish(),
})

const refuse = (status: number, message: string): never => {
  throw new APIError(message, status, null, true)
}

const saveReport = (req: PayloadRequest, id: string, data: Partial<Feedback>) =>
  req.payload.update({
    collection: 'feedback',
    id,
    data,
    depth: 0,
    overrideAccess: true,
    req,
  })

/** Who hears of a step: the unit now holding it, or the reporters of an answer. */
async function tellAboutStep(
  req: PayloadRequest,
  action: ReportAction,
  report: Feedback,
  note: string | null,
) {
  if (action === 'forward') await notifyReportHolders(req, report, '下级上报的反馈')
  if (action === 'reopen') await notifyReportHolders(req, report, '反馈被重新打开')
  if (action === 'resolve' || action === 'reject' || action === 'merge')
    await notifyReporters(
      req,
      report,
      'report_answered',
      `您的反馈${action === 'reject' ? '未被采纳' : '已办结'}：${report.itemTitle ?? ''}`,
      report.reply ?? note ?? undefined,
    )
}

/** A report as its reader sees it; 404 when they may not read it. */
async function loadReadableReport(req: PayloadRequest, id: string): Promise<Feedback> {
  const doc = await req.payload.findByID({
    collection: 'feedback',
    id,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    disableErrors: true,
    req,
  })
  return doc ?? refuse(404, '反馈不存在或无权查看')
}

/**
 * One handling step on a report (`POST /api/feedback/:id/handle`): accept, forward one tier up
 * with a note, resolve or reject with a reply, merge into a duplicate, or (its reporter) reopen.
 * The domain decides who may; the step, its history line and any points land in one transaction.
 */
export async function performReportAction(req: PayloadRequest, id: string, input: unknown) {
  const user = req.user ?? refuse(401, '请先登录')
  const body = ReportActionRequest.safeParse(input)
  if (!body.success) refuse(400, firstIssue(body.error))
  const { action, text, into } = body.data!
  const ownsTransaction = await initTransaction(req)
  try {
    const report = await loadReadableReport(req, id)
    const at = now()
    const actor = reportActorOf(user)
    const problem = reportActionProblem(reportStateOf(report), actor, { action, text, into }, at)
    if (problem) refuse(problem.status, problem.message)

    const note = text?.trim() || null
    const line = { event: action, at: at.toISOString(), by: user.id, note }
    const change: Partial<Feedback> = { status: statusAfter(action) }
    const rules = await loadReportRules(req)
    const kind = report.kind as FeedbackKind

    if (action === 'forward') {
      const parent =
        (await loadParentScope(req, report.handlerCode ?? '')) ?? refuse(409, '找不到上级单位')
      Object.assign(change, handlerFields(parent), {
        dueAt: reportDueAt(rules, kind, parent.level, at).toISOString(),
      })
      Object.assign(line, { fromCode: report.handlerCode, toCode: parent.code })
    }
    if (action === 'reopen') {
      Object.assign(change, {
        reopened: true,
        closedAt: null,
        dueAt: reportDueAt(rules, kind, report.handlerLevel ?? 'hq', at).toISOString(),
      })
    }
    if (action === 'resolve' || action === 'reject' || action === 'merge') {
      change.closedAt = at.toISOString()
    }
    if (action !== 'reopen') change.handledBy = user.id
    if (action === 'resolve' || action === 'reject') change.reply = note
    if (action === 'merge') {
      const target = await loadReadableReport(req, into!)
      if (target.id === report.id) refuse(409, '不能合并到自身')
      const state = reportStateOf(target)
      if (
        !handlesReport(state, actor) ||
        state.status === 'resolved' ||
        state.status === 'rejected'
      )
        refuse(409, '只能合并到本单位正在处理的反馈')
      const followers = new Set((target.followers ?? []).map((f) => relationId(f)!))
      for (const f of [report.reporter, ...(report.followers ?? [])]) followers.add(relationId(f)!)
      followers.delete(relationId(target.reporter)!)
      await saveReport(req, target.id, {
        followers: [...followers],
        history: [
          ...(target.history ?? []),
          {
            event: 'merge',
            at: at.toISOString(),
            by: user.id,
            note: `合并重复反馈：${report.itemTitle ?? report.id}`,
          },
        ],
      })
      Object.assign(change, {
        mergedInto: target.id,
        reply: `已合并至“${target.itemTitle ?? target.id}”，处理结果请见该反馈。`,
      })
      Object.assign(line, { note: `合并至：${target.itemTitle ?? target.id}` })
    }
    const group = pointGroupOf(kind)
    if (group && earnsPoints(action, report.points !== null && report.points !== undefined))
      change.points = rules.points[group]

    const saved = await saveReport(req, report.id, {
      ...change,
      history: [...(report.history ?? []), line],
    })
    await tellAboutStep(req, action, saved, note)
    if (ownsTransaction) await commitTransaction(req)
    return {
      id: saved.id,
      status: saved.status,
      handlerCode: saved.handlerCode ?? null,
      dueAt: saved.dueAt ?? null,
    }
  } catch (error) {
    if (ownsTransaction) await killTransaction(req)
    throw error
  }
}
