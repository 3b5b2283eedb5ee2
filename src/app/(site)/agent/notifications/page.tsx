import type { Metadata } from 'next'

import { loadInbox } from '@collections/Notifications/loadInbox'
import { InboxList } from '@/components/notifications/InboxList'
import { AgentHeader } from '@/site/agent/components/AgentHeader'
import { loadUnitName } from '@/site/agent/data'
import { formatDateTime } from '@/site/agent/labels'
import { hasContentRole, requireSession } from '@/site/agent/session'

export const metadata: Metadata = { title: '通知' }

/** 通知: the agent's inbox (answers to their reports, notices to read, escalations). */
export default async function AgentNotificationsPage() {
  const { payload, user } = await requireSession('/agent/notifications')
  const [{ lines, unread }, unitName] = await Promise.all([
    loadInbox(payload, user),
    loadUnitName(payload, user),
  ])
  return (
    <>
      <AgentHeader
        current="notifications"
        showAdminLink={hasContentRole(user)}
        unitName={unitName}
        user={user}
      />
      <main className="agent-main" id="agent-main">
        <h1>通知</h1>
        <p className="agent-meta">共 {unread} 条未读，最新的在前。</p>
        <InboxList
          lines={lines.map((line) => ({ ...line, when: formatDateTime(line.createdAt) }))}
          prefix="agent"
        />
      </main>
    </>
  )
}
