'use client'

import Link from 'next/link'
import { useEffect, useState } from 'react'

/** 通知 in the console's navigation, with the unread count fetched once per page. */
export function NotificationLink({ current }: { current: boolean }) {
  const [unread, setUnread] = useState(0)
  useEffect(() => {
    let stopped = false
    fetch('/api/notifications/unread', { credentials: 'same-origin' })
      .then((res) => (res.ok ? (res.json() as Promise<{ unread: number }>) : null))
      .then((body) => {
        if (body && !stopped) setUnread(body.unread)
      })
      .catch(() => undefined)
    return () => {
      stopped = true
    }
  }, [])
  return (
    <Link aria-current={current ? 'page' : undefined} href="/agent/notifications" prefetch={false}>
      通知
      {unread > 0 && (
        <span className="agent-nav__count">
          {unread}
          <span className="agent-visually-hidden"> 条未读</span>
        </span>
      )}
    </Link>
  )
}
