import type { Payload } from 'payload'

import type { Notification, User } from '@/payload-types'

/** How many lines an inbox page shows, newest first. */
export const INBOX_SIZE = 50

/** The user's latest notifications and how many are unread, read with their own access. */
export async function loadInbox(
  payload: Payload,
  user: User,
): Promise<{ lines: Notification[]; unread: number }> {
  const [{ docs }, { totalDocs }] = await Promise.all([
    payload.find({
      collection: 'notifications',
      sort: '-createdAt',
      limit: INBOX_SIZE,
      depth: 0,
      overrideAccess: false,
      user,
    }),
    payload.count({
      collection: 'notifications',
      where: { readAt: { exists: false } },
      overrideAccess: false,
      user,
    }),
  ])
  return { lines: docs, unread: totalDocs }
}
