import type { CollectionConfig, JobsConfig, PayloadRequest } from 'payload'

import { type Actor, isHqAdmin, isHqAdminAccess } from '@access/roles'

// Jobs span every province, so only headquarters' admins see them.

const hqAdminOnly = ({ req }: { req: PayloadRequest }) => isHqAdmin(req.user)

/**
 * Who runs, queues and cancels jobs through the API (`/api/payload-jobs/run`, `handle-schedules`):
 * Payload lets any signed-in user by default. Server code (the cron, hooks that enqueue, CLIs)
 * calls the Local API, which skips these checks unless asked.
 */
export const jobsAccess: NonNullable<JobsConfig['access']> = {
  run: hqAdminOnly,
  queue: hqAdminOnly,
  cancel: hqAdminOnly,
}

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
      // The admin UI's user type leaves the id loose (string | number); it is the signed-in user.
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
