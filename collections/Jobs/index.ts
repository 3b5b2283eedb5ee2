import type { Access, CollectionConfig } from 'payload'

import { type Actor, isAdmin } from '@access/roles'

/** Jobs span every province, so only headquarters' admins see them. */
export const isHqAdmin = (user: Actor | null | undefined): boolean =>
  isAdmin(user) && user?.orgLevel === 'hq'

const isHqAdminAccess: Access = ({ req }) => isHqAdmin(req.user as Actor | null)

/**
 * Payload's job queue, shown in the admin so failed index syncs (an engine outage) are visible with
 * their error and retry count. Read-only there: the worker owns the records.
 */
export function showJobsToAdmins({
  defaultJobsCollection,
}: {
  defaultJobsCollection: CollectionConfig
}): CollectionConfig {
  return {
    ...defaultJobsCollection,
    labels: { singular: { zh: '后台任务', en: 'Job' }, plural: { zh: '后台任务', en: 'Jobs' } },
    admin: {
      ...defaultJobsCollection.admin,
      hidden: ({ user }) => !isHqAdmin(user as Actor | null),
      group: { zh: '系统', en: 'System' },
      defaultColumns: [
        'taskSlug',
        'queue',
        'processing',
        'hasError',
        'totalTried',
        'completedAt',
        'updatedAt',
      ],
    },
    access: {
      read: isHqAdminAccess,
      create: () => false,
      update: () => false,
      delete: isHqAdminAccess,
    },
  }
}
