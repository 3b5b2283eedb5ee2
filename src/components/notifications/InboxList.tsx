'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { NOTIFICATION_EVENT_LABELS, type NotificationEvent } from '@/domain/notifications'

export type InboxLine = {
  id: string
  event: string
  title: string
  body?: string | null
  link?: string | null
  createdAt: string
  readAt?: string | null
  /** The time as the page formats it. */
  when: string
}

const markRead = (ids?: string[]) =>
  fetch('/api/notifications/read', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ids ? { ids } : {}),
  })

/**
 * An inbox (the admin's 通知 view and the console's 通知 page): unread lines first in weight,
 * opening one marks it read, 全部标为已读 marks the rest. `prefix` names the host's CSS classes.
 */
export function InboxList({ lines, prefix }: { lines: InboxLine[]; prefix: string }) {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const unread = lines.filter((line) => !line.readAt)

  async function markAll() {
    setBusy(true)
    await markRead().catch(() => undefined)
    setBusy(false)
    router.refresh()
  }

  if (lines.length === 0) return <p>暂无通知。</p>
  return (
    <>
      {unread.length > 0 && (
        <button className={`${prefix}-button`} disabled={busy} onClick={markAll} type="button">
          {busy ? '处理中…' : `全部标为已读（${unread.length}）`}
        </button>
      )}
      <ol className={`${prefix}-inbox`}>
        {lines.map((line) => (
          <li
            className={`${prefix}-inbox__line${line.readAt ? '' : ` ${prefix}-inbox__line--unread`}`}
            key={line.id}
          >
            <span className={`${prefix}-inbox__event`}>
              {NOTIFICATION_EVENT_LABELS[line.event as NotificationEvent] ?? line.event}
              {!line.readAt && <span className={`${prefix}-inbox__new`}>未读</span>}
            </span>
            {line.link ? (
              <a
                href={line.link}
                onClick={(event) => {
                  if (line.readAt) return
                  event.preventDefault()
                  void markRead([line.id]).finally(() => {
                    window.location.href = line.link!
                  })
                }}
              >
                {line.title}
              </a>
            ) : (
              <span>{line.title}</span>
            )}
            {line.body && <p className={`${prefix}-inbox__body`}>{line.body}</p>}
            <time dateTime={line.createdAt}>{line.when}</time>
          </li>
        ))}
      </ol>
    </>
  )
}
