import type { Metadata } from 'next'
import Link from 'next/link'

import {
  FEEDBACK_KIND_LABELS,
  FEEDBACK_STATUS_LABELS,
  type FeedbackKind,
  type FeedbackStatus,
  isOpenStatus,
  isOverdue,
  REPORT_EVENT_LABELS,
  type ReportEvent,
  reportActionProblem,
} from '@/domain/feedback'
import { reportActorOf, reportStateOf } from '@collections/Feedback/handling/reportState'
import { now } from '@/lib/clock'
import { relationId } from '@/lib/relationId'
import { AgentHeader } from '@/site/agent/components/AgentHeader'
import { ReopenButton } from '@/site/agent/components/ReopenButton'
import { loadMyFeedback, loadMyPoints, loadUnitName, loadUnitNames } from '@/site/agent/data'
import { formatDateTime } from '@/site/agent/labels'
import { hasContentRole, requireSession } from '@/site/agent/session'

export const metadata: Metadata = { title: '我的反馈' }

type Props = { searchParams: Promise<{ page?: string | string[] }> }

/**
 * 我的反馈: the user's ratings and reports (and those merged into one they follow), with where
 * each is now, its time limit, every hop and the reply; 我的积分 on top.
 */
export default async function AgentReportsPage({ searchParams }: Props) {
  const { payload, user } = await requireSession('/agent/reports')
  const raw = (await searchParams).page
  const requested = Number.parseInt((Array.isArray(raw) ? raw[0] : raw) ?? '1', 10)
  const page = Number.isInteger(requested) && requested > 0 && requested <= 1000 ? requested : 1
  const [feedback, unitName, points] = await Promise.all([
    loadMyFeedback(payload, user, page),
    loadUnitName(payload, user),
    loadMyPoints(payload, user),
  ])
  const names = await loadUnitNames(
    payload,
    feedback.docs
      .flatMap((r) => [
        r.handlerCode ?? '',
        ...(r.history ?? []).flatMap((h) => [h.fromCode ?? '', h.toCode ?? '']),
      ])
      .filter(Boolean),
  )
  const unit = (code: string | null | undefined) => (code ? (names.get(code) ?? code) : '')
  const at = now()
  const actor = reportActorOf(user)

  return (
    <>
      <AgentHeader
        current="reports"
        showAdminLink={hasContentRole(user)}
        unitName={unitName}
        user={user}
      />
      <main className="agent-main" id="agent-main">
        <h1>我的反馈</h1>
        <p className="agent-meta">
          我的积分：<strong className="agent-points">{points}</strong>{' '}
          分（发现问题、提出有效建议，经受理后计分）
        </p>
        <p className="agent-meta">
          {feedback.totalDocs === 0 ? (
            <>
              您还没有提交过反馈。条目页底部可以报错、提建议；其他问题请
              <Link href="/agent/reports/new" prefetch={false}>
                上报问题
              </Link>
              。
            </>
          ) : (
            `共 ${feedback.totalDocs} 条，最新的在前。`
          )}
        </p>
        {feedback.docs.length > 0 && (
          <ol className="agent-reports">
            {feedback.docs.map((record) => {
              const status = record.status as FeedbackStatus
              const kind = record.kind as FeedbackKind
              const itemId = relationId(record.item)
              const overdue = isOverdue(status, record.dueAt ? new Date(record.dueAt) : null, at)
              const mayReopen =
                relationId(record.reporter) === user.id &&
                !reportActionProblem(
                  reportStateOf(record),
                  actor,
                  { action: 'reopen', text: '-' },
                  at,
                )
              return (
                <li className="agent-report" key={record.id}>
                  <article aria-labelledby={`agent-report-${record.id}`}>
                    <header className="agent-report__header">
                      <h2 id={`agent-report-${record.id}`}>
                        {itemId ? (
                          <Link href={`/agent/item/${encodeURIComponent(itemId)}`} prefetch={false}>
                            {record.itemTitle || '（条目）'}
                          </Link>
                        ) : (
                          record.itemTitle
                        )}
                      </h2>
                      <span className={`agent-status agent-status--${status}`}>
                        {FEEDBACK_STATUS_LABELS[status] ?? status}
                      </span>
                      {overdue && (
                        <span className="agent-status agent-status--overdue">已超时</span>
                      )}
                    </header>
                    <dl className="agent-report__facts">
                      <div>
                        <dt>类型</dt>
                        <dd>{FEEDBACK_KIND_LABELS[kind] ?? kind}</dd>
                      </div>
                      {kind === 'rating' && (
                        <div>
                          <dt>评分</dt>
                          <dd>
                            <span aria-hidden="true" className="agent-report__stars">
                              {'★'.repeat(record.rating ?? 0) +
                                '☆'.repeat(5 - (record.rating ?? 0))}
                            </span>{' '}
                            {record.rating} 星
                          </dd>
                        </div>
                      )}
                      <div>
                        <dt>提交时间</dt>
                        <dd>{formatDateTime(record.createdAt)}</dd>
                      </div>
                      {record.handlerCode && isOpenStatus(status) && (
                        <>
                          <div>
                            <dt>当前处理单位</dt>
                            <dd>{unit(record.handlerCode)}</dd>
                          </div>
                          <div>
                            <dt>办理时限</dt>
                            <dd>{formatDateTime(record.dueAt)}</dd>
                          </div>
                        </>
                      )}
                      {record.points ? (
                        <div>
                          <dt>积分</dt>
                          <dd>+{record.points}</dd>
                        </div>
                      ) : null}
                      {record.query && (
                        <div className="agent-report__wide">
                          <dt>搜索词</dt>
                          <dd>{record.query}</dd>
                        </div>
                      )}
                      {kind !== 'rating' && record.text && (
                        <div className="agent-report__wide">
                          <dt>内容</dt>
                          <dd className="agent-pre">{record.text}</dd>
                        </div>
                      )}
                      {kind !== 'rating' && (
                        <div className="agent-report__wide">
                          <dt>处理答复</dt>
                          <dd className="agent-pre">
                            {record.reply || (
                              <span className="agent-meta">
                                {isOpenStatus(status) ? '暂无答复' : '—'}
                              </span>
                            )}
                          </dd>
                        </div>
                      )}
                    </dl>
                    {(record.history ?? []).length > 1 && (
                      <details className="agent-report__history">
                        <summary>流转记录（{record.history!.length}）</summary>
                        <ol>
                          {record.history!.map((line) => (
                            <li key={line.id}>
                              {formatDateTime(line.at)}{' '}
                              {REPORT_EVENT_LABELS[line.event as ReportEvent] ?? line.event}
                              {line.fromCode && line.toCode && line.fromCode !== line.toCode
                                ? `：${unit(line.fromCode)} → ${unit(line.toCode)}`
                                : line.toCode && line.event === 'filed'
                                  ? `：${unit(line.toCode)}`
                                  : ''}
                              {line.note ? `（${line.note}）` : ''}
                            </li>
                          ))}
                        </ol>
                      </details>
                    )}
                    {mayReopen && <ReopenButton reportId={record.id} />}
                  </article>
                </li>
              )
            })}
          </ol>
        )}
        {feedback.totalPages > 1 && (
          <nav aria-label="分页" className="agent-pagination">
            {feedback.page > 1 && (
              <Link href={`/agent/reports?page=${feedback.page - 1}`} prefetch={false}>
                ← 上一页
              </Link>
            )}
            <span>
              第 {feedback.page} / {feedback.totalPages} 页
            </span>
            {feedback.page < feedback.totalPages && (
              <Link href={`/agent/reports?page=${feedback.page + 1}`} prefetch={false}>
                下一页 →
              </Link>
            )}
          </nav>
        )}
      </main>
    </>
  )
}
