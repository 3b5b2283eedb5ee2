import type { PayloadRequest, Where } from 'payload'

import { deliveryFor, type NotificationEvent } from '@/domain/notifications'
import { env } from '@/env'
import { now } from '@/lib/clock'
import { NOTIFY_QUEUE } from '@/lib/jobQueues'

export type Notice = {
  event: NotificationEvent
  title: string
  body?: string
  /** A path in this product, e.g. `/admin/collections/feedback/ID` or `/agent/reports`. */
  link?: string
}

/**
 * Tells `recipients` (user ids; the actor is left out) about an event: a line in each inbox, and an
 * e-mail job queued in the same transaction (so a rolled-back change sends nothing) for those
 * whose preferences and address allow it. Inside `req`'s transaction.
 */
export async function notify(
  req: PayloadRequest,
  recipients: readonly string[],
  notice: Notice,
): Promise<number> {
  const ids = [...new Set(recipients)].filter((id) => id !== req.user?.id)
  if (ids.length === 0) return 0
  const { docs: users } = await req.payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    select: { email: true, notificationPrefs: true },
    depth: 0,
    limit: ids.length,
    overrideAccess: true,
    req,
  })
  let sent = 0
  for (const user of users) {
    const delivery = deliveryFor(notice.event, user.notificationPrefs, env.smtp !== null)
    if (!delivery.inbox) continue
    await req.payload.create({
      collection: 'notifications',
      // The application's clock, like the events it tells of (and a test's clock with them).
      data: { recipient: user.id, ...notice, createdAt: now().toISOString() },
      depth: 0,
      overrideAccess: true,
      req,
    })
    sent += 1
    if (delivery.email && user.email)
      await req.payload.jobs.queue({
        task: 'sendNotificationEmail',
        queue: NOTIFY_QUEUE,
        input: { to: user.email, subject: notice.title, text: emailText(notice) },
        req,
      })
  }
  return sent
}

const emailText = (notice: Notice) =>
  [
    notice.body ?? '',
    notice.link ? `查看：${(env.serverUrl ?? '').replace(/\/$/, '')}${notice.link}` : '',
    '—— 客服知识库（可在个人设置中调整通知方式）',
  ]
    .filter(Boolean)
    .join('\n\n')

/** Ids of the users `where` selects (a unit's reviewers, a subtree's agents). */
export async function userIdsWhere(req: PayloadRequest, where: Where): Promise<string[]> {
  const { docs } = await req.payload.find({
    collection: 'users',
    where,
    select: { orgCode: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => doc.id)
}

/** Ids of the users at unit `code` who hold any of `roles`. */
export const usersAt = async (
  req: PayloadRequest,
  code: string | null | undefined,
  roles: readonly string[],
): Promise<string[]> =>
  code ? userIdsWhere(req, { orgCode: { equals: code }, roles: { in: roles } }) : []
