import type { Payload } from 'payload'

/** Jobs taken from the queue per run. */
const JOBS_PER_RUN = 100

/**
 * One run of `queue`: up to JOBS_PER_RUN jobs, one after another. Payload runs a batch in parallel
 * by default, and each job then holds two database connections at once (its task's transaction and
 * the update of its job record), so a batch larger than the PostgreSQL pool (10) waits on itself
 * until the pool's timeout fails every query of the process.
 */
export const runQueue = (payload: Payload, queue: string) =>
  payload.jobs.run({ queue, limit: JOBS_PER_RUN, sequential: true })
