import {
  type Client,
  type Config,
  createClient,
  type InStatement,
  type ResultSet,
  type Transaction,
  type TransactionMode,
} from '@libsql/client'

const BEGIN: Record<TransactionMode, string> = {
  write: 'BEGIN IMMEDIATE',
  read: 'BEGIN TRANSACTION READONLY',
  deferred: 'BEGIN DEFERRED',
}

/** Idle connections kept for the next transaction; write transactions queue, so one is the norm. */
const MAX_IDLE = 2

/**
 * What one attempt's `BEGIN` may busy-wait for another process's write lock. SQLite waits inside
 * the call, which holds the thread (the server's, for every request in flight) for that long.
 */
export const ATTEMPT_BUSY_TIMEOUT_MS = 50
/** Pauses between attempts, the last one repeated: a commit about to end is caught at once. */
const PAUSES_MS = [5, 20, 50, 100, 250]

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** SQLITE_BUSY and its extended codes (SQLITE_BUSY_SNAPSHOT, …): another connection has the lock. */
export const isSqliteBusy = (error: unknown): boolean =>
  String((error as { code?: unknown } | null)?.code ?? '').startsWith('SQLITE_BUSY')

export type BeginOptions = {
  /** Run once on each new connection. */
  setUp: readonly string[]
  /** How long a `BEGIN` waits, between short attempts, for another process's writer. */
  waitMs: number
  /** Whether the lock may be another process's: if this process holds it, waiting never ends. */
  othersOnly: () => boolean
}

export type TransactionConnections = {
  /** Closes the idle connections; a transaction still open closes its own when it ends. */
  close(): void
}

const installed = new WeakMap<Client, TransactionConnections>()

/**
 * Makes `client.transaction()` run on connections of a small pool, closed or reused when the
 * transaction ends, and wait for another process's writer between short attempts.
 *
 * libSQL's local client hands its own connection to each transaction and opens a new one for
 * itself; the transaction's connection is never closed (its commit and rollback only run SQL), so
 * every write transaction — each login, each save — left an open handle on the database file
 * behind. The client's own connection now stays put; each pooled connection runs `setUp` once.
 *
 * An import holds the write lock for its whole file. SQLite's own busy wait would hold the server's
 * thread for its whole timeout and then fail; here each `BEGIN` busy-waits ATTEMPT_BUSY_TIMEOUT_MS,
 * then pauses off the thread, until `waitMs`. A connection whose `BEGIN` failed is closed, never
 * reused: libSQL (0.4.7, tursodatabase/libsql-js#237) leaves a statement that failed busy in
 * progress until the garbage collector finalizes it, and until then every `BEGIN` on that
 * connection fails at once (SQLITE_BUSY_SNAPSHOT).
 */
export function poolTransactionConnections(
  client: Client,
  config: Config,
  { setUp, waitMs, othersOnly }: BeginOptions,
): TransactionConnections {
  const existing = installed.get(client)
  if (existing) return existing
  const idle: Client[] = []

  const open = async () => {
    const connection = createClient(config)
    try {
      for (const statement of [...setUp, `PRAGMA busy_timeout = ${ATTEMPT_BUSY_TIMEOUT_MS}`])
        await connection.execute(statement)
    } catch (error) {
      connection.close()
      throw error
    }
    return connection
  }
  const giveBack = (connection: Client, reusable: boolean) => {
    if (reusable && idle.length < MAX_IDLE) idle.push(connection)
    else connection.close()
  }

  client.transaction = async (mode: TransactionMode = 'write') => {
    const deadline = Date.now() + waitMs
    for (let attempt = 0; ; attempt++) {
      const connection = idle.pop() ?? (await open())
      try {
        await connection.execute(BEGIN[mode])
        return pooledTransaction(connection, giveBack)
      } catch (error) {
        giveBack(connection, false)
        if (!isSqliteBusy(error) || !othersOnly() || Date.now() >= deadline) throw error
        await sleep(PAUSES_MS[Math.min(attempt, PAUSES_MS.length - 1)]!)
      }
    }
  }

  const pool: TransactionConnections = {
    close: () => {
      for (const connection of idle.splice(0)) connection.close()
    },
  }
  installed.set(client, pool)
  return pool
}

function pooledTransaction(
  connection: Client,
  giveBack: (connection: Client, reusable: boolean) => void,
): Transaction {
  let ended = false
  const end = (reusable: boolean) => {
    if (ended) return
    ended = true
    giveBack(connection, reusable)
  }
  const execute = async (statement: InStatement): Promise<ResultSet> => {
    if (ended) throw new Error('The transaction is closed')
    return connection.execute(statement)
  }
  const rollback = async () => {
    if (ended) return
    try {
      await connection.execute('ROLLBACK')
      end(true)
    } catch (error) {
      // SQLite ends a transaction itself after some errors: then there is nothing to roll back.
      const noTransaction = /no transaction is active/i.test(String(error))
      end(noTransaction)
      if (!noTransaction) throw error
    }
  }
  return {
    execute,
    batch: async (statements) => {
      const results: ResultSet[] = []
      for (const statement of statements) results.push(await execute(statement))
      return results
    },
    executeMultiple: async () => {
      // The client's own executeMultiple rolls back whatever transaction is open when it ends.
      throw new Error('executeMultiple is not supported inside a pooled transaction')
    },
    commit: async () => {
      // A failed COMMIT leaves the transaction open for the caller's rollback.
      await execute('COMMIT')
      end(true)
    },
    rollback,
    close: () => {
      void rollback().catch(() => undefined)
    },
    get closed() {
      return ended
    },
  }
}
