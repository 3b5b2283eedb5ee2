import { AsyncLocalStorage } from 'node:async_hooks'

import type { DatabaseAdapterObj } from 'payload'

import { afterConnect, extendAdapter } from './extendAdapter'

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
  client: {
    execute: (sql: string) => Promise<unknown>
    transaction: (mode: 'deferred') => Promise<{ close: () => void }>
  }
}

/**
 * What the SQLite adapter gains: a way to write outside a transaction without racing one, and
 * whether a transaction has run anything yet.
 */
type WriteLocked = {
  withWriteLock: <T>(write: () => Promise<T>) => Promise<T>
  transactionIsUnused: (id: TransactionID) => boolean
}

/**
 * Runs a write made outside any transaction (one statement, atomic on its own). On SQLite it waits
 * its turn behind this process's open write transactions: run at once, SQLite's busy wait would
 * hold the thread those transactions need to finish. Elsewhere it runs as is.
 */
export function runOutsideTransaction<T>(db: unknown, write: () => Promise<T>): Promise<T> {
  const locked = (db as Partial<WriteLocked>).withWriteLock
  return locked ? locked(write) : write()
}

/**
 * Whether `req` holds a transaction in which nothing has run yet, so ending it loses nothing.
 * Known on SQLite, where an open transaction holds the one write lock; false elsewhere.
 */
export async function hasUnusedTransaction(req: {
  payload: { db: unknown }
  transactionID?: TransactionID | Promise<TransactionID>
}): Promise<boolean> {
  const unused = (req.payload.db as Partial<WriteLocked>).transactionIsUnused
  const id = await req.transactionID
  return Boolean(unused && id !== undefined && id !== null && unused(id))
}

/**
 * A FIFO lock whose waiters give up after `maxWaitMs` with an error. The holder is a transaction
 * of this process, which needs this thread to finish: SQLite's busy wait, which holds the thread,
 * could only time out, and a write that fails that way may leave the connection unusable (below).
 */
function createWriteLock(maxWaitMs: number) {
  let tail: Promise<void> = Promise.resolve()
  return async function acquire(): Promise<() => void> {
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    const previous = tail
    tail = tail.then(() => held)
    let timer: NodeJS.Timeout | undefined
    const gaveUp = new Promise<'gave up'>((resolve) => {
      timer = setTimeout(() => resolve('gave up'), maxWaitMs)
      timer.unref()
    })
    const outcome = await Promise.race([previous, gaveUp])
    clearTimeout(timer)
    if (outcome === 'gave up') {
      release()
      throw new Error(
        `SQLITE_BUSY: a write transaction of this process held the lock for ${maxWaitMs} ms`,
      )
    }
    return release
  }
}

/**
 * Whether a failed statement says the adapter's shared connection itself is stuck: an old snapshot
 * held on it (libSQL leaves a failed statement active instead of resetting it, and an active
 * statement keeps its read transaction) makes each later write on it fail with
 * SQLITE_BUSY_SNAPSHOT; a transaction left open on it makes each BEGIN fail.
 */
function connectionIsStuck(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    const { code } = cause as { code?: unknown }
    if (/SQLITE_BUSY_SNAPSHOT|within a transaction/.test(`${code} ${cause.message}`)) return true
  }
  return false
}

/**
 * Makes Payload's SQLite transactions safe under concurrent requests.
 *
 * libSQL opens a fresh connection for every transaction, and a fresh connection has no busy
 * timeout, so two requests writing at once fail at once with SQLITE_BUSY (which is why Payload
 * leaves SQLite transactions off by default). SQLite admits one writer anyway, so write transactions
 * of this process queue on a lock, and each new connection gets the busy timeout, which covers
 * writers in other processes (a seed run beside the server). A lock waiter gives up after
 * `2 × busyTimeoutMs`, so a transaction opened while another is held without passing `req` fails
 * with SQLITE_BUSY instead of hanging. Writes made outside a transaction (Payload's job queue makes
 * some) queue on the same lock. Every connection, the first and each new one, runs `pragmas` (the
 * adapter sets up its first connection only, and with only some of them).
 *
 * A write that fails can leave the shared connection stuck (see `connectionIsStuck`): every write
 * of the process then failed until a restart. The connection is then replaced, and a transaction
 * that could not begin on it is begun again on the new one.
 */
export function serializeSqliteTransactions(
  adapterObj: DatabaseAdapterObj,
  { busyTimeoutMs, pragmas }: { busyTimeoutMs: number; pragmas: readonly string[] },
): DatabaseAdapterObj {
  return extendAdapter<SqliteAdapterLike & WriteLocked>(adapterObj, (sqlite) => {
    const setUpConnection = async () => {
      for (const pragma of pragmas) await sqlite.client.execute(pragma)
    }
    afterConnect(sqlite, setUpConnection)
    const begin = sqlite.beginTransaction.bind(sqlite)
    const commit = sqlite.commitTransaction.bind(sqlite)
    const rollback = sqlite.rollbackTransaction.bind(sqlite)
    const acquire = createWriteLock(2 * busyTimeoutMs)
    const releases = new Map<TransactionID, () => void>()
    const unused = new Set<TransactionID>()
    // A write made during another's turn (`upsert` through `updateOne`, an adapter write given to
    // runOutsideTransaction) goes ahead: waiting for itself, it would only time out.
    const inTurn = new AsyncLocalStorage<boolean>()

    // libSQL's client has no reconnect: a transaction takes its shared connection and the client
    // opens a new one, so the stuck one is handed to a transaction that is closed at once (after a
    // ROLLBACK of any transaction left open on it, which would refuse that BEGIN).
    const replaceConnection = async () => {
      await sqlite.client.execute('ROLLBACK').catch(() => undefined)
      ;(await sqlite.client.transaction('deferred')).close()
      await setUpConnection()
    }
    const beginReplacingStuckConnection = async (options: unknown) => {
      try {
        return await begin(options)
      } catch (error) {
        if (!connectionIsStuck(error)) throw error
        await replaceConnection()
        return begin(options)
      }
    }

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
      const release = await acquire()
      try {
        const id = await beginReplacingStuckConnection(options)
        if (id === null) {
          release()
          return null
        }
        releases.set(id, release)
        // Used from the first statement on: each reads the session's `db`.
        const session = sqlite.sessions[id]!
        unused.add(id)
        sqlite.sessions[id] = {
          ...session,
          get db() {
            unused.delete(id)
            return session.db
          },
        }
        // The client replaced the connection the transaction took with a new one: set it up alike.
        await setUpConnection()
        return id
      } catch (error) {
        release()
        throw error
      }
    }
    sqlite.transactionIsUnused = (id) => unused.has(id)
    sqlite.commitTransaction = finish(commit)
    sqlite.rollbackTransaction = finish(rollback)
    sqlite.withWriteLock = async (write) => {
      if (inTurn.getStore()) return write()
      const release = await acquire()
      try {
        return await inTurn.run(true, write)
      } catch (error) {
        // Not retried: a write of several statements may have made some of them.
        if (connectionIsStuck(error)) await replaceConnection()
        throw error
      } finally {
        release()
      }
    }
    for (const method of WRITE_METHODS) {
      const write = sqlite[method].bind(sqlite)
      sqlite[method] = (args) =>
        args?.req?.transactionID ? write(args) : sqlite.withWriteLock(() => write(args))
    }
  })
}
