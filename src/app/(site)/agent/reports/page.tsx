import type { Metadata } from 'next'
import Link from 'next/link'

import {
  FEEDBACK_KIND_LABELS,
  FEEDBACK_STATUS_LABELS,
  type FeedbackKind,
  type FeedbackStatus,
  isOpenStatus,
} from '@/domain/feedback'
import { AgentHeader } from '@/site/agent/components/AgentHeader'
import { loadMyFeedback, loadUnitName } from '@/site/agent/data'
import { formatDateTime } from '@/site/agent/labels'
import { hasContentRole, requireSession } from '@/site/agent/session'

export const metadata: Metadata = { title: '我的反馈' }

type Props = { searchParams: Promise<{ page?: string | string[] }> }

const itemIdOf = (item: unknown) =>
  item && typeof item === 'object' ? String((item as { id: string }).id) : String(item ?? '')

/** 我的反馈: the agent's ratings, error reports and suggestions, with status and reply. */
export default async function AgentReportsPage({ searchParams }: Props) {
  const { payload, user } = await requireSession('/agent/reports')
  const raw = (await searchParams).page
  const requested = Number.parseInt((Array.isArray(raw) ? raw[0] : raw) ?? '1', 10)
  const page = Number.isInteger(requested) && requested > 0 && requested <= 1000 ? requested : 1
  const [feedback, unitName] = await Promise.all([
    loadMyFeedback(payload, user, page),
    loadUnitName(payload, user),
  ])

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
          {feedback.totalDocs === 0
            ? '您还没有提交过评分、报错或修改建议。在条目页底部可以提交。'
            : `共 ${feedback.totalDocs} 条，最新的在前。报错和建议由条目所属单位处理并答复。`}
        </p>
        {feedback.docs.length > 0 && (
          <ol className="agent-reports">
            {feedback.docs.map((record) => {
              const status = record.status as FeedbackStatus
              const itemId = itemIdOf(record.item)
              return (
                <li className="agent-report" key={record.id}>
                  <article aria-labelledby={`agent-report-${record.id}`}>
                    <header className="agent-report__header">
                      <h2 id={`agent-report-${record.id}`}>
                        <Link href={`/agent/item/${encodeURIComponent(itemId)}`} prefetch={false}>
                          {record.itemTitle || '（条目）'}
                        </Link>
                      </h2>
                      <span className={`agent-status agent-status--${status}`}>
                        {FEEDBACK_STATUS_LABELS[status] ?? status}
                      </span>
                    </header>
                    <dl className="agent-report__facts">
                      <div>
                        <dt>类型</dt>
                        <dd>{FEEDBACK_KIND_LABELS[record.kind as FeedbackKind] ?? record.kind}</dd>
                      </div>
                      {record.kind === 'rating' && (
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
                      {record.updatedAt !== record.createdAt && (
                        <div>
                          <dt>更新时间</dt>
                          <dd>{formatDateTime(record.updatedAt)}</dd>
                        </div>
                      )}
                      {record.kind !== 'rating' && (
                        <div className="agent-report__wide">
                          <dt>内容</dt>
                          <dd className="agent-pre">{record.text}</dd>
                        </div>
                      )}
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
                    </dl>
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
