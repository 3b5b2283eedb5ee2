import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { WORKFLOW_STATE_LABELS } from '@/domain/workflow'
import { AgentHeader } from '@/site/agent/components/AgentHeader'
import { BackToSearch } from '@/site/agent/components/BackToSearch'
import { ItemFeedback } from '@/site/agent/components/ItemFeedback'
import { NoticeAckButton } from '@/site/agent/components/NoticeAckButton'
import { UnacknowledgedList } from '@/site/agent/components/UnacknowledgedList'
import { hasAcknowledged, loadItem, loadUnitName } from '@/site/agent/data'
import { formatDateTime, kindLabel, ownerLevelLabel } from '@/site/agent/labels'
import { hasContentRole, requireSession } from '@/site/agent/session'

type Props = {
  params: Promise<{ id: string }>
  searchParams: Promise<{ q?: string | string[] }>
}

/** The item as this user may read it, once per request (metadata and page share it). */
const itemFor = cache(async (id: string) => {
  const { payload, user } = await requireSession(`/agent/item/${encodeURIComponent(id)}`)
  return { payload, user, item: await loadItem(payload, user, id) }
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { item } = await itemFor((await params).id)
  return { title: item?.title ?? '找不到该条目' }
}

export default async function AgentItemPage({ params, searchParams }: Props) {
  const { id } = await params
  const { payload, user, item } = await itemFor(id)
  if (!item) notFound()

  const q = (await searchParams).q
  const query = (Array.isArray(q) ? q[0] : q)?.slice(0, 200) ?? ''
  const backHref = query ? `/agent?q=${encodeURIComponent(query)}` : '/agent'
  const isNotice = item.kind === 'notice'
  const contentRole = hasContentRole(user)
  const [unitName, acknowledged] = await Promise.all([
    loadUnitName(payload, user),
    isNotice ? hasAcknowledged(payload, user, item.id) : Promise.resolve(false),
  ])
  const live = item.workflowState === 'published'

  return (
    <>
      <AgentHeader current="item" showAdminLink={contentRole} unitName={unitName} user={user} />
      <main className="agent-main" id="agent-main">
        <BackToSearch href={backHref} />
        <article aria-labelledby="agent-item-title" className="agent-item">
          <header className="agent-item__header">
            <p className="agent-meta">
              <span className={`agent-badge agent-badge--${item.kind}`}>
                {kindLabel(item.kind)}
              </span>
              {ownerLevelLabel(item.ownerLevel) && (
                <span className={`agent-badge agent-badge--level-${item.ownerLevel}`}>
                  {ownerLevelLabel(item.ownerLevel)}
                </span>
              )}
              {item.categoryName && <span>{item.categoryName}</span>}
              {!live && item.workflowState && (
                <span className="agent-badge agent-badge--warning">
                  {WORKFLOW_STATE_LABELS[item.workflowState]}（坐席不可见）
                </span>
              )}
            </p>
            <h1 id="agent-item-title">{item.title}</h1>
            {isNotice && live && (
              <NoticeAckButton acknowledged={acknowledged} noticeId={item.id} title={item.title} />
            )}
          </header>

          <section aria-labelledby="agent-item-answer" className="agent-item__answer">
            <h2 className="agent-visually-hidden" id="agent-item-answer">
              答案
            </h2>
            <p className="agent-item__summary">{item.summary}</p>
            {item.html && (
              <div className="agent-answer" dangerouslySetInnerHTML={{ __html: item.html }} />
            )}
          </section>

          <dl className="agent-item__facts">
            <div>
              <dt>生效时间</dt>
              <dd>{formatDateTime(item.effectiveFrom ?? item.publishedAt) || '—'}</dd>
            </div>
            <div>
              <dt>失效时间</dt>
              <dd>{formatDateTime(item.expiresAt) || '长期有效'}</dd>
            </div>
            <div>
              <dt>版本</dt>
              <dd>
                {item.revision ? `第 ${item.revision} 版，` : ''}更新于{' '}
                {formatDateTime(item.updatedAt)}
              </dd>
            </div>
            <div>
              <dt>所属单位</dt>
              <dd>{item.ownerUnitName ?? '—'}</dd>
            </div>
            <div>
              <dt>联系人</dt>
              <dd>{item.contactName ?? '—'}</dd>
            </div>
          </dl>

          {item.related.length > 0 && (
            <section aria-labelledby="agent-item-related" className="agent-item__related">
              <h2 id="agent-item-related">相关条目</h2>
              <ul>
                {item.related.map((related) => (
                  <li key={related.id}>
                    <span className={`agent-badge agent-badge--${related.kind}`}>
                      {kindLabel(related.kind)}
                    </span>{' '}
                    <Link
                      href={`/agent/item/${encodeURIComponent(related.id)}${
                        query ? `?q=${encodeURIComponent(query)}` : ''
                      }`}
                      prefetch={false}
                    >
                      {related.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </article>

        {isNotice && contentRole && live && <UnacknowledgedList noticeId={item.id} />}

        <ItemFeedback itemId={item.id} />
      </main>
    </>
  )
}
