import { AsyncLocalStorage } from 'node:async_hooks'

import type { Client, Config } from '@libsql/client'
import type { DatabaseAdapterObj } from 'payload'

import { afterConnect, extendAdapter } from './extendAdapter'
import { poolTransactionConnections, type TransactionConnections } from './transactionConnections'

type TransactionID = number | string | null

/** The adapter's methods that write. */
const WRITE_METHODS = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const
type WriteMethod = (args: { req?: { transactionID?: unknown } }) => Promise<unknown>

type SqliteAdapterLike = Record<(typeof WRITE_METHODS)[number], WriteMethod> & {
  /** Payload's open transactions; `db` is read for each statement run in one. */
  sessions: Record<string, { db: unknown }>
  beginTransaction: (options?: unknown) => Promise<TransactionID>
  commitTransaction: (id: TransactionID | Promise<TransactionID>) => Promise<void>
  rollbackTransaction: (id: TransactionID | Promise<TransactionID>) => Promise<void>
  client: Client
  clientConfig: Config
  destroy?: () => Promise<void>
}

/** What the SQLite adapter gains: whether a transaction has run anything yet. */
type TransactionUse = { transactionIsUnused: (id: TransactionID) => boolean }

/**
 * Whether `req` holds a transaction in which nothing has run yet, so ending it loses nothing.
 * Known on SQLite, where an open transaction holds the one write lock; false elsewhere.
 */
export async function hasUnusedTransaction(req: {
  payload: { db: unknown }
  transactionID?: TransactionID | Promise<TransactionID>
}): Promise<boolean> {
  const unused = (req.payload.db as Partial<TransactionUse>).transactionIsUnused
  const id = await req.transactionID
  return Boolean(unused && id !== undefined && id !== null && unused(id))
}

/**
 * A FIFO lock for this process's write transactions. A waiter gives up (and then meets SQLite's
 * lock, held by this process: it fails at once) once the holder has held SQLite's write lock for
 * `maxWaitMs`: a transaction opened while another is held without passing `req` fails instead of
 * hanging. The time a holder waits for another process's writer does not count.
 */
function createWriteLock(maxWaitMs: number) {
  let tail: Promise<void> = Promise.resolve()
  /** When the holder got SQLite's write lock; null while it waits for it. */
  let holdingSince: number | null = null
  /** This process's transactions that have SQLite's write lock (more than one only after a waiter gave up). */
  let holding = 0

  async function acquire(): Promise<{ holds: () => void; release: () => void }> {
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    const previous = tail
    tail = tail.then(() => held)
    let timer: NodeJS.Timeout | undefined
    const gaveUp = new Promise<void>((resolve) => {
      const check = () => {
        const heldFor = holdingSince === null ? 0 : Date.now() - holdingSince
        if (heldFor >= maxWaitMs) return resolve()
        timer = setTimeout(check, maxWaitMs - heldFor)
        timer.unref()
      }
      check()
    })
    await Promise.race([previous, gaveUp])
    clearTimeout(timer)
    holdingSince = null
    let holds = false
    return {
      holds: () => {
        holds = true
        holding += 1
        holdingSince = Date.now()
      },
      release: () => {
        if (holds) holding -= 1
        holds = false
        holdingSince = null
        release()
      },
    }
  }
  return { acquire, holdsNone: () => holding === 0 }
}

/**
 * Makes Payload's SQLite transactions safe under concurrent writers, in this process and others.
 *
 * SQLite admits one writer. This process's write transactions queue on a lock, so they never wait
 * for each other inside SQLite. Each begins on a pooled connection (see poolTransactionConnections):
 * another process's writer (an import, a second server) is waited for between short attempts, up
 * to `crossProcessWaitMs`, with the thread free for other requests meanwhile. SQLite's own busy
 * wait holds the thread for its whole timeout and then fails, and libSQL leaves the connection
 * that failed unusable: an import of 2,000 rows (one transaction, ≈ 40 s) made the server's saves
 * fail with 500 after 5 s of a stalled server, and go on failing after the import had ended.
 *
 * The adapter's own connection (`client`) keeps every connection's `pragmas` and serves the reads
 * made outside a transaction; no write runs on it.
 */
export function serializeSqliteTransactions(
  adapterObj: DatabaseAdapterObj,
  {
    busyTimeoutMs,
    crossProcessWaitMs,
    pragmas,
  }: { busyTimeoutMs: number; crossProcessWaitMs: number; pragmas: readonly string[] },
): DatabaseAdapterObj {
  return extendAdapter<SqliteAdapterLike & TransactionUse>(adapterObj, (sqlite) => {
    const lock = createWriteLock(2 * busyTimeoutMs)
    let transactionConnections: TransactionConnections | null = null
    afterConnect(sqlite, async () => {
      for (const pragma of pragmas) await sqlite.client.execute(pragma)
      // Drizzle begins Payload's transactions through the client: each on a pooled connection.
      transactionConnections = poolTransactionConnections(sqlite.client, sqlite.clientConfig, {
        setUp: pragmas,
        waitMs: crossProcessWaitMs,
        othersOnly: lock.holdsNone,
      })
    })
    const destroy = sqlite.destroy?.bind(sqlite)
    sqlite.destroy = async () => {
      transactionConnections?.close()
      await destroy?.()
    }
    const begin = sqlite.beginTransaction.bind(sqlite)
    const commit = sqlite.commitTransaction.bind(sqlite)
    const rollback = sqlite.rollbackTransaction.bind(sqlite)
    const releases = new Map<TransactionID, () => void>()
    const unused = new Set<TransactionID>()
    // A write made during another's turn (`upsert` through `updateOne`) goes ahead: waiting for
    // itself, it would only time out.
    const inTurn = new AsyncLocalStorage<boolean>()

    const finish = (end: typeof commit) => async (id: TransactionID | Promise<TransactionID>) => {
      const key = await id
      try {
        await end(key)
      } finally {
        releases.get(key)?.()
        releases.delete(key)
        unused.delete(key)
      }
    }

    sqlite.beginTransaction = async (options) => {
      const lease = await lock.acquire()
      try {
        const id = await begin(options)
        if (id === null) {
          lease.release()
          return null
        }
        lease.holds()
        releases.set(id, lease.release)
        // Used from the first statement on: each reads the session's `db`.
        const session = sqlite.sessions[id as string]!
        unused.add(id)
        sqlite.sessions[id as string] = {
          ...session,
          get db() {
            unused.delete(id)
            return session.db
          },
        }
        return id
      } catch (error) {
        lease.release()
        throw error
      }
    }
    sqlite.transactionIsUnused = (id) => unused.has(id)
    sqlite.commitTransaction = finish(commit)
    sqlite.rollbackTransaction = finish(rollback)
    // Writes made outside a transaction (Payload's job queue makes some) run in one of their own,
    // on a pooled connection: on the shared one, a write that failed busy would leave libSQL's
    // connection unusable (every later write failing SQLITE_BUSY_SNAPSHOT), and SQLite's busy wait
    // would hold the thread a transaction of this process needs to finish.
    for (const method of WRITE_METHODS) {
      const write = sqlite[method].bind(sqlite)
      sqlite[method] = async (args) => {
        if (args?.req?.transactionID || inTurn.getStore()) return write(args)
        const id = await sqlite.beginTransaction()
        if (id === null) return write(args)
        // The caller's request, seen through a transaction of its own.
        const req = Object.assign(Object.create(args?.req ?? null), { transactionID: id })
        try {
          const result = await inTurn.run(true, () => write({ ...args, req }))
          await sqlite.commitTransaction(id)
          return result
        } catch (error) {
          await sqlite.rollbackTransaction(id)
          throw error
        }
      }
    }
  })
}
