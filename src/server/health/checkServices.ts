import type { Payload } from 'payload'

import { searchEngine } from '@search/engine'
import { describeLoss, lostSearchIndexes } from './searchIndexCoverage'

/** A load balancer gives up after a few seconds: a check slower than this counts as failed. */
export const HEALTH_CHECK_TIMEOUT_MS = 3_000

export type ServiceCheck = { ok: boolean; ms: number }
export type ServiceChecks = {
  database: ServiceCheck
  databaseWrite: ServiceCheck
  search: ServiceCheck
  /** The indexes hold the live items the database has for them, but for queued updates. */
  searchIndexes: ServiceCheck
}

/** Runs `probe` against the timeout; a failure is logged here, never sent to the caller. */
async function check(
  payload: Payload,
  name: keyof ServiceChecks,
  probe: () => Promise<unknown>,
): Promise<ServiceCheck> {
  const started = performance.now()
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer in ${HEALTH_CHECK_TIMEOUT_MS} ms`)),
      HEALTH_CHECK_TIMEOUT_MS,
    )
  })
  try {
    await Promise.race([probe(), timeout])
    return { ok: true, ms: Math.round((performance.now() - started) * 10) / 10 }
  } catch (error) {
    payload.logger.error({ err: error }, `健康检查失败 / health check failed: ${name}`)
    return { ok: false, ms: Math.round(performance.now() - started) }
  } finally {
    clearTimeout(timer)
  }
}

/**

 * Begins a write transaction and rolls it back. A database can answer reads and refuse every
 * write (a lock held elsewhere, a read-only disk): logins and saves then fail. On SQLite this
 * takes its turn on the write lock, as a save would.
 */
async function beginWrite(payload: Payload): Promise<void> {
  const id = await payload.db.beginTransaction()
  if (id !== null) await payload.db.rollbackTransaction(id)
}

/**
 * What this process needs to serve: a database that answers a query and can begin a write, a
 * search engine that answers through the connection searches use (the embedded engine's reader
 * thread, or the Meilisearch server), and indexes that hold what the database has for them: an
 * engine that answers from an index that lost its documents finds nothing.
 */
export async function checkServices(payload: Payload): Promise<ServiceChecks> {
  const [database, databaseWrite, search, searchIndexes] = await Promise.all([
    check(payload, 'database', () => payload.db.count({ collection: 'org-units', where: {} })),
    check(payload, 'databaseWrite', () => beginWrite(payload)),
    check(payload, 'search', async () => (await searchEngine(payload)).stats('agent_kb')),
    check(payload, 'searchIndexes', async () => {
      const lost = await lostSearchIndexes(payload, await searchEngine(payload))
      if (lost.length > 0) throw new Error(`search indexes lost documents: ${describeLoss(lost)}`)
    }),
  ])
  return { database, databaseWrite, search, searchIndexes }
}
