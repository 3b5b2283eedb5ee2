import type { JobsConfig, Payload, TaskConfig, TaskType } from 'payload'

import { escalateTask } from '@collections/Feedback/jobs/escalateTask'
import { jobsAccess, showJobsToAdmins } from '@collections/Jobs'
import { sendEmailTask } from '@collections/Notifications/jobs/sendEmailTask'
import { bulletinTask } from '@collections/ReportBulletins/jobs/bulletinTask'
import { overdueReviewsTask } from '@collections/Knowledge/jobs/overdueReviewsTask'
import { remindTask } from '@collections/Knowledge/jobs/remindTask'
import { scheduledTransitionsTask } from '@collections/Knowledge/workflow/scheduledTransitionsTask'
import { goLiveTask } from '@collections/ServiceActivities/jobs/goLiveTask'
import { warnTask } from '@collections/ServiceActivities/jobs/warnTask'
import { env } from '@/env'
import {
  type JobQueue,
  MAINTENANCE_QUEUE,
  NOTIFY_QUEUE,
  SEARCH_QUEUE,
  WORKFLOW_QUEUE,
} from '@/lib/jobQueues'
import { pollQueue } from './pollQueue'

/*
 * Background jobs in one place: what runs each queue and what the clock queues on it. The queues'
 * names are in src/lib/jobQueues.ts, low enough for search/ and collections/ to queue work on them.
 */

/**
 * What runs each queue: Payload's cron, or a poll from this process where a second (the cron's
 * finest step) is too long to wait. Only the server runs queues (JOBS_AUTORUN); CLIs and tests run
 * the work themselves.
 */
const RUNNERS: Record<JobQueue, { cron: string } | { everyMs: number }> = {
  [WORKFLOW_QUEUE]: { cron: '* * * * *' },
  // A publish should be searchable before the editor has switched tabs; an idle poll is one
  // indexed query.
  [SEARCH_QUEUE]: { everyMs: 200 },
  // E-mails leave within seconds of the change that queued them.
  [NOTIFY_QUEUE]: { everyMs: 2_000 },
  [MAINTENANCE_QUEUE]: { cron: '*/10 * * * *' },
}

type Schedule = NonNullable<TaskConfig['schedule']>

/**
 * The tasks the clock queues. The search queue's tasks (index syncs and rebuilds) are queued by
 * hooks instead, in the transaction of the change they follow.
 */
export const SCHEDULES = {
  /** Items publish and expire in the minute their dates name. */
  applyScheduledTransitions: [{ cron: '* * * * *', queue: WORKFLOW_QUEUE }],
  /** 服务前置 activities go live (or are held) in the minute their go-live time names. */
  goLiveServiceActivities: [{ cron: '* * * * *', queue: WORKFLOW_QUEUE }],
  /** …and those not ready are warned about at 7 and 2 days before it and at it. */
  warnServiceActivities: [{ cron: '*/10 * * * *', queue: MAINTENANCE_QUEUE }],
  /** Reports past their time limit go one tier up (超时自动升级). */
  escalateOverdueReports: [{ cron: '*/10 * * * *', queue: MAINTENANCE_QUEUE }],
  /** Review steps past their deadline are announced to their reviewers and HQ's. */
  notifyOverdueReviews: [{ cron: '*/10 * * * *', queue: MAINTENANCE_QUEUE }],
  /** Contact persons are reminded of items due for review at 08:00 Beijing time. */
  remindDueReviews: [{ cron: '0 0 * * *', queue: MAINTENANCE_QUEUE }],
  /** The provinces' weekly and monthly report bulletins, at 01:00 Beijing time. */
  publishReportBulletins: [{ cron: '0 17 * * *', queue: MAINTENANCE_QUEUE }],
  /** Searches past their retention leave the log every night at 03:00, server time. */
  purgeExpiredSearchQueries: [{ cron: '0 3 * * *', queue: MAINTENANCE_QUEUE }],
} satisfies Partial<Record<TaskType, Schedule>>

export const jobs: JobsConfig = {
  // The search plugin adds its own (search/plugin.ts): syncSearchIndex and rebuildSearchIndexes,
  // and purgeExpiredSearchQueries on the schedule above, which payload.config.ts hands it.
  tasks: [
    { ...scheduledTransitionsTask, schedule: SCHEDULES.applyScheduledTransitions },
    { ...goLiveTask, schedule: SCHEDULES.goLiveServiceActivities },
    { ...warnTask, schedule: SCHEDULES.warnServiceActivities },
    { ...escalateTask, schedule: SCHEDULES.escalateOverdueReports },
    sendEmailTask,
    { ...remindTask, schedule: SCHEDULES.remindDueReviews },
    { ...overdueReviewsTask, schedule: SCHEDULES.notifyOverdueReviews },
    { ...bulletinTask, schedule: SCHEDULES.publishReportBulletins },
  ],
  jobsCollectionOverrides: showJobsToAdmins,
  access: jobsAccess,
  autoRun: env.jobsAutorun
    ? Object.entries(RUNNERS).flatMap(([queue, runner]) =>
        'cron' in runner ? [{ cron: runner.cron, queue }] : [],
      )
    : [],
}

/** Starts the polls RUNNERS asks of this process (the server, once Payload is up). */
export function startJobRunners(payload: Payload): void {
  if (!env.jobsAutorun) return
  for (const [queue, runner] of Object.entries(RUNNERS))
    if ('everyMs' in runner) pollQueue(payload, queue, runner.everyMs)
}
