/**
 * Payload's job queues, named here so that search/ and collections/ can queue work on them. What
 * runs each queue, and what the clock queues on it, is declared in one place: src/jobs.
 */

/** Publishing and expiry on their dates. */
export const WORKFLOW_QUEUE = 'workflow'
/** The search outbox: index syncs and rebuilds, queued in the changes' own transactions. */
export const SEARCH_QUEUE = 'search'
/** Notification e-mails, queued in the transaction of what they tell about. */
export const NOTIFY_QUEUE = 'notify'
/** Housekeeping: the search log's retention. */
export const MAINTENANCE_QUEUE = 'maintenance'

export type JobQueue =
  typeof WORKFLOW_QUEUE | typeof SEARCH_QUEUE | typeof NOTIFY_QUEUE | typeof MAINTENANCE_QUEUE
