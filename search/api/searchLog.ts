import { randomUUID } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import { runOutsideTransaction } from '../../src/db/serializeSqliteTransactions'
import type { SearchQuery } from '../../src/payload-types'

const SLUG = 'search-queries'
/**
 * A logged search waits at most this long before it is written. On SQLite a write holds the
 * server's thread (about 0.1 ms a row): short windows keep each pause to a couple of milliseconds.
 */
const FLUSH_AFTER_MS = 50
/** More waiting rows than this are written at once. */
const MAX_WAITING = 100

export type SearchLogEntry = Pick<
  SearchQuery,
  'q' | 'channel' | 'province' | 'city' | 'category' | 'page' | 'hits' | 'tookMs'
> & { user: string | null }

type SearchLogRow = SearchLogEntry & { id: string; createdAt: string; updatedAt: string }

/** What the SQL adapters (SQLite, PostgreSQL) share: Drizzle and its tables. */
type DrizzleLike = {
  tables: Record<string, unknown>
  tableNameMap: Map<string, string>
  drizzle: { insert: (table: never) => { values: (rows: unknown) => Promise<unknown> } }
}

type WaitingLog = { rows: SearchLogRow[]; timer: NodeJS.Timeout | null; written: Promise<void> }

const waitingLogs = new WeakMap<Payload, WaitingLog>()

function drizzleOf(payload: Payload): DrizzleLike | null {
  const db = payload.db as unknown as Partial<DrizzleLike>
  return db.tables && db.tableNameMap && db.drizzle ? (db as DrizzleLike) : null
}

/**
 * One multi-row INSERT: all rows or none. No transaction: on SQLite each opens a connection of its
 * own (about 3 ms).
 */
async function insertRows(db: DrizzleLike, rows: SearchLogRow[]): Promise<void> {
  // Payload names a collection's table after its slug in snake case.
  const table = db.tables[db.tableNameMap.get(SLUG.replaceAll('-', '_'))!] as never
  await runOutsideTransaction(db, () => db.drizzle.insert(table).values(rows))
}

/** Writes the rows together; if that fails, one by one, so a bad row loses only itself. */
async function writeRows(payload: Payload, db: DrizzleLike, rows: SearchLogRow[]) {
  try {
    await insertRows(db, rows)
    return
  } catch (error) {
    if (rows.length === 1) {
      payload.logger.error({ err: error, row: rows[0] }, 'search log: a search was not logged')
      return
    }
  }
  for (const row of rows) await writeRows(payload, db, [row])
}

/**
 * Writes every search logged so far. Resolves once they are in the database (or reported as lost
 * in the server log); reads of `search-queries` call it first.
 */
export function flushSearchLog(payload: Payload): Promise<void> {
  const log = waitingLogs.get(payload)
  const db = drizzleOf(payload)
  if (!log || !db) return Promise.resolve()
  if (log.timer) clearTimeout(log.timer)
  log.timer = null
  const rows = log.rows.splice(0)
  log.written = log.written.then(() => (rows.length ? writeRows(payload, db, rows) : undefined))
  return log.written
}

/**
 * Logs a search and returns the id its click will be recorded against. On the SQL adapters the row
 * is written with the others of the next FLUSH_AFTER_MS in one INSERT: one row at a time through
 * Payload costs about 1.1 ms, more than the search (one in a batch, 0.1 ms). A crash loses at most
 * those rows. Payload 3.90 has no bulk create, so MongoDB writes each row as it comes.
 */
export async function logSearch(req: PayloadRequest, entry: SearchLogEntry): Promise<string> {
  const { payload } = req
  if (!drizzleOf(payload)) {
    const created = await payload.db.create({
      collection: SLUG,
      data: entry,
      // Only the id comes back: the click is recorded against it.
      select: { id: true },
      req,
    })
    return String(created.id)
  }
  let log = waitingLogs.get(payload)
  if (!log) {
    log = { rows: [], timer: null, written: Promise.resolve() }
    waitingLogs.set(payload, log)
  }
  const now = new Date().toISOString()
  const id = randomUUID()
  log.rows.push({ ...entry, id, createdAt: now, updatedAt: now })
  if (log.rows.length >= MAX_WAITING) void flushSearchLog(payload)
  else log.timer ??= setTimeout(() => void flushSearchLog(payload), FLUSH_AFTER_MS)
  return id
}
