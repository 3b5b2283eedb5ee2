import type { Client, Config } from '@libsql/client'
import type { DatabaseAdapterObj } from 'payload'

import { afterConnect, extendAdapter } from './extendAdapter'
import { poolTransactionConnections, type TransactionConnections } from './transactionConnections'

type TransactionID = number | string | null
type SqliteAdapterLike = {
  beginTransaction: (options?: unknown) => Promise<TransactionID>
  commitTransaction: (id: TransactionID | Promise<TransactionID>) => Promise<void>
  rollbackTransaction: (id: TransactionID | Promise<TransactionID>) => Promise<void>
  client: Client
  clientConfig: Config
  destroy?: () => Promise<void>
}

/** What the SQLite adapter gains: a way to write outside a transaction without racing one. */
type WriteLocked = { withWriteLock: <T>(write: () => Promise<T>) => Promise<T> }

/**
 * Runs a write made outside any transaction (one statement, atomic on its own). On SQLite it waits
 * its turn behind this process's open write transactions: run at once, SQLite's busy wait would
 * hold the thread those transactions need to finish. Elsewhere it runs as is.
 */
export function runOutsideTransaction<T>(db: unknown, write: () => Promise<T>): Promise<T> {
  const locked = (db as Partial<WriteLocked>).withWriteLock
  return locked ? locked(write) : write()
}

/** A FIFO lock whose waiters give up waiting after `maxWaitMs` (then SQLite's own busy wait applies). */
function createWriteLock(maxWaitMs: number) {
  let tail: Promise<void> = Promise.resolve()
  return async function acquire(): Promise<() => void> {
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    const previous = tail
    tail = tail.then(() => held)
    let timer: NodeJS.Timeout | undefined
    const gaveUp = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, maxWaitMs)
      timer.unref()
    })
    await Promise.race([previous, gaveUp])
    clearTimeout(timer)
    return release
  }
}

/**
 * Makes Payload's SQLite transactions safe under concurrent requests.
 *
 * A transaction runs on a connection of its own (see `poolTransactionConnections`), and a fresh
 * connection has no busy timeout, so two requests writing at once would fail at once with
 * SQLITE_BUSY (which is why Payload leaves SQLite transactions off by default). SQLite admits one
 * writer anyway, so write transactions of this process queue on a lock, and each connection gets
 * the busy timeout, which covers writers in other processes (a seed run beside the server). A lock
 * waiter gives up after `2 × busyTimeoutMs`, so a transaction opened while another is held without
 * passing `req` fails with SQLITE_BUSY instead of hanging. Every connection, the client's and each
 * transaction's, runs `pragmas` (the adapter sets up its own connection only, with only some).
 */
export function serializeSqliteTransactions(
  adapterObj: DatabaseAdapterObj,
  { busyTimeoutMs, pragmas }: { busyTimeoutMs: number; pragmas: readonly string[] },
): DatabaseAdapterObj {
  return extendAdapter<SqliteAdapterLike & WriteLocked>(adapterObj, (sqlite) => {
    let transactionConnections: TransactionConnections | null = null
    afterConnect(sqlite, async () => {
      for (const pragma of pragmas) await sqlite.client.execute(pragma)
      transactionConnections = poolTransactionConnections(
        sqlite.client,
        sqlite.clientConfig,
        pragmas,
      )
    })
    const destroy = sqlite.destroy?.bind(sqlite)
    sqlite.destroy = async () => {
      transactionConnections?.close()
      await destroy?.()
    }
    const begin = sqlite.beginTransaction.bind(sqlite)
    const commit = sqlite.commitTransaction.bind(sqlite)
    const rollback = sqlite.rollbackTransaction.bind(sqlite)
    const acquire = createWriteLock(2 * busyTimeoutMs)
    const releases = new Map<TransactionID, () => void>()

    const finish = (end: typeof commit) => async (id: TransactionID | Promise<TransactionID>) => {
      const key = await id
      try {
        await end(key)
      } finally {
        releases.get(key)?.()
        releases.delete(key)
      }
    }

    sqlite.beginTransaction = async (options) => {
      const release = await acquire()
      try {
        const id = await begin(options)
        if (id === null) {
          release()
          return null
        }
        releases.set(id, release)
        return id
      } catch (error) {
        release()
        throw error
      }
    }
    sqlite.commitTransaction = finish(commit)
    sqlite.rollbackTransaction = finish(rollback)
    sqlite.withWriteLock = async (write) => {
      const release = await acquire()
      try {
        return await write()
      } finally {
        release()
      }
    }
  })
}
