import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { now } from '@/lib/clock'
import { REVIEW_QUEUE_PATH } from './paths'
import { reviewQueue, type ReviewQueueRow } from './reviewQueue'
import { formatDateTime, STEP_KIND_LABELS } from './workflowText'

import './workflowAdmin.css'

/** 待我审核: a root admin view at `/admin/review-queue` (custom views are public: check the user). */
export async function ReviewQueueView({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  const user = req.user
  if (!user)
    redirect(
      `${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}${REVIEW_QUEUE_PATH}`)}`,
    )

  const at = now()
  const rows = await reviewQueue(req.payload, user, at)
  const overdue = rows.filter((row) => row.overdue).length

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={user}
      visibleEntities={visibleEntities}
    >
      <SetStepNav nav={[{ label: '待我审核' }]} />
      <Gutter className="kb-wf-queue">
        <h1>待我审核</h1>
        <p>
          当前步骤由您（{user.orgCode}）处理的条目，按时限先后排列：共 {rows.length} 条
          {overdue > 0 && <strong className="kb-wf__overdue">，其中 {overdue} 条已超时</strong>}。
        </p>
        {rows.length === 0 ? (
          <p>暂无待审核的条目。</p>
        ) : (
          <QueueTable adminRoute={adminRoute} at={at} rows={rows} />
        )}
      </Gutter>
    </DefaultTemplate>
  )
}

function QueueTable({
  rows,
  adminRoute,
  at,
}: {
  rows: ReviewQueueRow[]
  adminRoute: string
  at: Date
}) {
  return (
    <table aria-label="待我审核的条目" className="kb-wf-table">
      <thead>
        <tr>
          <th scope="col">标题</th>
          <th scope="col">所属单位</th>
          <th scope="col">步骤</th>
          <th scope="col">时限</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td>
              <Link href={`${adminRoute}/collections/knowledge/${row.id}`} prefetch={false}>
                {row.title}
              </Link>
              {row.ownWork && <div>（本人提交或最后编辑，需由他人审核）</div>}
            </td>
            <td>{row.ownerName ? `${row.ownerName}（${row.ownerCode}）` : row.ownerCode}</td>
            <td>
              第 {row.step + 1}/{row.steps} 步：{STEP_KIND_LABELS[row.reviewStep.kind]}
            </td>
            <td>
              {row.stepDeadline ? (
                <time dateTime={row.stepDeadline}>{formatDateTime(row.stepDeadline, at)}</time>
              ) : (
                '—'
              )}
              {row.overdue && <strong className="kb-wf__overdue">（超时）</strong>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
