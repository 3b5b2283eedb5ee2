'use client'
import { useConfig } from '@payloadcms/ui'
import Link from 'next/link'
import { useEffect, useState } from 'react'

import { INBOX_PATH } from './paths'

/** How often the bell asks for the unread count. */
const POLL_MS = 60_000

/** 通知 with the unread count, in the admin's header (a Payload `actions` component). */
export function NotificationBell() {
  const {
    config: {
      routes: { admin, api },
    },
  } = useConfig()
  const [unread, setUnread] = useState<number | null>(null)

  useEffect(() => {
    let stopped = false
    const load = async () => {
      const res = await fetch(`${api}/notifications/unread`, { credentials: 'include' }).catch(
        () => null,
      )
      if (res?.ok && !stopped) setUnread(((await res.json()) as { unread: number }).unread)
    }
    void load()
    const timer = setInterval(load, POLL_MS)
    return () => {
      stopped = true
      clearInterval(timer)
    }
  }, [api])

  return (
    <Link className="kb-bell" href={`${admin}${INBOX_PATH}`} prefetch={false}>
      <span aria-hidden="true">🔔</span> 通知
      {unread ? (
        <span className="kb-bell__count">
          {unread}
          <span className="kb-wf-visually-hidden"> 条未读</span>
        </span>
      ) : null}
    </Link>
  )
}
