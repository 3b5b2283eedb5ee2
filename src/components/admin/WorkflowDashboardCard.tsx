import Link from 'next/link'
import type { ServerProps } from 'payload'

import { worksOnContent } from '@access/knowledgeScope'
import { now } from '@/lib/clock'
import { REVIEW_QUEUE_PATH, whereQuery } from './paths'
import { staleReviewWhere } from '@collections/Knowledge/workflow/staleReviewWhere'
import { overdueWhere, workflowCounts } from './reviewQueue'

import './workflowAdmin.css'

/** Dashboard card (beforeDashboard): the workflow's to-do counts for the user's subtree. */
export async function WorkflowDashboardCard({ payload, user }: ServerProps) {
  const me = user
  if (!me || !worksOnContent(me)) return null

  const at = now()
  const counts = await workflowCounts(payload, me, at)
  const admin = payload.config.routes.admin
  const list = (where: object) =>
    `${admin}/collections/knowledge?${whereQuery(where as Parameters<typeof whereQuery>[0])}`

  const cards = [
    {
      label: '待我审核',
      count: counts.queue,
      href: `${admin}${REVIEW_QUEUE_PATH}`,
      hint: '当前步骤由我处理',
      alert: false,
    },
    {
      label: '超时未审',
      count: counts.overdue,
      href: list(overdueWhere(at)),
      hint: '本单位及下级，已过本步骤时限',
      alert: counts.overdue > 0,
    },
    {
      label: '待复核',
      count: counts.staleReview,
      href: list(staleReviewWhere(at)),
      hint: '已发布、已到复核日期，请联系人更新',
      alert: false,
    },
    {
      label: '我联系的待复核',
      count: counts.myDue,
      href: list({ and: [staleReviewWhere(at), { contact: { equals: me.id } }] }),
      hint: '我是联系人：仍有效请复核确认，否则修改后提交',
      alert: counts.myDue > 0,
    },
  ]

  return (
    <section aria-labelledby="kb-wf-dashboard-title">
      <h2 id="kb-wf-dashboard-title">审核工作</h2>
      <ul className="kb-wf-cards">
        {cards.map((card) => (
          <li key={card.label}>
            {/* Read as "待我审核 3 条 …": the label comes first in the text (the count shows on top). */}
            <Link
              className={`kb-wf-card${card.alert ? ' kb-wf-card--alert' : ''}`}
              href={card.href}
              prefetch={false}
            >
              <span>{card.label}</span>
              <span className="kb-wf-card__count">
                {card.count}
                <span className="kb-wf-visually-hidden"> 条</span>
              </span>
              <small>{card.hint}</small>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
