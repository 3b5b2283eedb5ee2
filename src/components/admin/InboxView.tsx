import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { loadInbox } from '@collections/Notifications/loadInbox'
import { InboxList } from '@/components/notifications/InboxList'
import { now } from '@/lib/clock'
import { INBOX_PATH } from './paths'
import { formatDateTime } from './workflowText'

import './workflowAdmin.css'

/** 我的通知: a root admin view at `/admin/inbox` (custom views are public: check the user). */
export async function InboxView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  const user = req.user
  if (!user)
    redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}${INBOX_PATH}`)}`)
  const { lines, unread } = await loadInbox(req.payload, user)
  const at = now()
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
      <SetStepNav nav={[{ label: '我的通知' }]} />
      <Gutter className="kb-inbox-view">
        <h1>我的通知</h1>
        <p>
          共 {unread} 条未读。通知方式可在
          <a href={`${adminRoute}/account`}>账号设置</a>的“通知设置”中调整。
        </p>
        <InboxList
          lines={lines.map((line) => ({ ...line, when: formatDateTime(line.createdAt, at) }))}
          prefix="kb"
        />
      </Gutter>
    </DefaultTemplate>
  )
}
