import Link from 'next/link'

import type { NoticeSummary } from '../data'
import { formatDateTime, ownerLevelLabel } from '../labels'
import { NoticeAckButton } from './NoticeAckButton'

/** 服务公告 in effect for the agent's area, pinned above the search results. */
export function NoticeList({ notices }: { notices: NoticeSummary[] }) {
  const unread = notices.filter((notice) => !notice.acknowledged).length
  return (
    <section aria-labelledby="agent-notices-title" className="agent-notices">
      <h2 id="agent-notices-title">
        服务公告
        <span className="agent-notices__count">
          {notices.length === 0
            ? '（暂无生效公告）'
            : unread > 0
              ? `（${notices.length} 条，${unread} 条未读）`
              : `（${notices.length} 条，均已读）`}
        </span>
      </h2>
      {notices.length > 0 && (
        <ul className="agent-notices__list">
          {notices.map((notice) => (
            <li
              className={`agent-notice${notice.acknowledged ? ' agent-notice--read' : ''}`}
              key={notice.id}
            >
              <div className="agent-notice__text">
                <Link href={`/agent/item/${encodeURIComponent(notice.id)}`} prefetch={false}>
                  {notice.title}
                </Link>
                <p className="agent-notice__summary">{notice.summary}</p>
                <p className="agent-meta">
                  {ownerLevelLabel(notice.ownerLevel) && (
                    <span className="agent-badge">{ownerLevelLabel(notice.ownerLevel)}</span>
                  )}
                  {notice.effectiveFrom && <span>生效 {formatDateTime(notice.effectiveFrom)}</span>}
                  {notice.expiresAt && <span>截止 {formatDateTime(notice.expiresAt)}</span>}
                </p>
              </div>
              <NoticeAckButton
                acknowledged={notice.acknowledged}
                noticeId={notice.id}
                title={notice.title}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
