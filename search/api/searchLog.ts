import type { Payload, PayloadRequest } from 'payload'
import { v7 as timeOrderedUUID } from 'uuid'

import { runOutsideTransaction } from '@/db/serializeSqliteTransactions'
import { clientAddress } from '@/lib/clientAddress'
import type { SearchQuery } from '@/payload-types'

const SLUG = 'search-queries'
/**
 * A queued row (its searcher done typing) waits at most this long before it is written. On SQLite
 * a write holds the server's thread (about 0.1 ms a row): short windows keep each pause short.
 */
const FLUSH_AFTER_MS = 50
/** More waiting rows than this are written at once. */
const MAX_WAITING = 100
/**
 * A searcher's query stays open this long after their last keystroke: a refinement typed in the
 * meantime (see isRefinement) replaces it instead of adding a row.
 */
const TYPING_PAUSE_MS = 2000

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

type WaitingLog = {
  rows: SearchLogRow[]
  timer: NodeJS.Timeout | null
  written: Promise<void>
  /** Per searcher, the query they may still be typing. */
  typing: Map<string, { row: SearchLogRow; timer: NodeJS.Timeout }>
}

const waitingLogs = new WeakMap<Payload, WaitingLog>()

/**
 * Whether `after` is `before` typed on or deleted back, everything else alike: the search box asks
 * as the searcher types (携 → 携号 → 携号转网), and only the query they stop at says what they
 * looked for.
 */
export function isRefinement(before: SearchLogEntry, after: SearchLogEntry): boolean {
  const a = before.q ?? ''
  const b = after.q ?? ''
  return (
    (b.startsWith(a) || a.startsWith(b)) &&
    before.channel === after.channel &&
    before.province === after.province &&
    before.city === after.city &&
    before.category === after.category &&
    before.page === after.page &&
    before.user === after.user
  )
}

/** Whose typing a search continues: the signed-in user, else the address and browser. */
const searcherOf = (req: PayloadRequest) =>
  req.user
    ? `user:${req.user.collection}:${req.user.id}`
    : `anonymous:${clientAddress(req.headers)} ${req.headers.get('user-agent') ?? ''}`

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

/** Queues a row for the next write, which it starts if enough rows are waiting. */
function queueRow(payload: Payload, log: WaitingLog, row: SearchLogRow) {
  log.rows.push(row)
  if (log.rows.length >= MAX_WAITING) void flushSearchLog(payload)
  else log.timer ??= setTimeout(() => void flushSearchLog(payload), FLUSH_AFTER_MS)
}

/** The searcher stopped typing (or searched for something else): their last query is queued. */
function stopTyping(payload: Payload, log: WaitingLog, searcher: string) {
  const typing = log.typing.get(searcher)
  if (!typing) return
  clearTimeout(typing.timer)
  log.typing.delete(searcher)
  queueRow(payload, log, typing.row)
}

/**
 * Writes every search logged so far, queries still being typed included. Resolves once they are in
 * the database (or reported as lost in the server log); reads of `search-queries` call it first.
 */
export function flushSearchLog(payload: Payload): Promise<void> {
  const log = waitingLogs.get(payload)
  const db = drizzleOf(payload)
  if (!log || !db) return Promise.resolve()
  for (const typing of log.typing.values()) {
    clearTimeout(typing.timer)
    log.rows.push(typing.row)
  }
  log.typing.clear()
  if (log.timer) clearTimeout(log.timer)
  log.timer = null
  const rows = log.rows.splice(0)
  log.written = log.written.then(() => (rows.length ? writeRows(payload, db, rows) : undefined))
  return log.written
}

/**
 * Logs a search and returns the id its click will be recorded against. On the SQL adapters a
 * refinement of the searcher's open query (see isRefinement) replaces it and keeps its id; a query
 * is written once its searcher has paused TYPING_PAUSE_MS, with the others of the next
 * FLUSH_AFTER_MS in one INSERT: one row at a time through Payload costs about 1.1 ms, more than the
 * search (one in a batch, 0.1 ms). A crash loses at most those rows. Payload 3.90 has no bulk
 * create, so MongoDB writes every search as it comes.
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
    log = { rows: [], timer: null, written: Promise.resolve(), typing: new Map() }
    waitingLogs.set(payload, log)
  }
  const searcher = searcherOf(req)
  const now = new Date().toISOString()
  const typing = log.typing.get(searcher)
  if (typing && isRefinement(typing.row, entry)) {
    Object.assign(typing.row, entry, { updatedAt: now })
    typing.timer.refresh()
    return typing.row.id
  }
  stopTyping(payload, log, searcher)
  // Time-ordered: each row lands at the end of the primary key's index, in the pages the rows
  // before it dirtied. A random UUID lands on a random page: twice the write time, and more WAL.
  const row: SearchLogRow = { ...entry, id: timeOrderedUUID(), createdAt: now, updatedAt: now }
  log.typing.set(searcher, {
    row,
    timer: setTimeout(() => stopTyping(payload, log, searcher), TYPING_PAUSE_MS),
  })
  return row.id
}
