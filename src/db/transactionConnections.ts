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

export type TransactionConnections = {
  /** Closes the idle connections; a transaction still open closes its own when it ends. */
  close(): void
}

const installed = new WeakMap<Client, TransactionConnections>()

/**
 * Makes `client.transaction()` run on connections of a small pool, closed or reused when the
 * transaction ends.
 *
 * libSQL's local client hands its own connection to each transaction and opens a new one for
 * itself; the transaction's connection is never closed (its commit and rollback only run SQL), so
 * every write transaction — each login, each save — left an open handle on the database file
 * behind. The client's own connection now stays put; each pooled connection runs `setUp` once.
 */
export function poolTransactionConnections(
  client: Client,
  config: Config,
  setUp: readonly string[],
): TransactionConnections {
  const existing = installed.get(client)
  if (existing) return existing
  const idle: Client[] = []

  const open = async () => {
    const connection = createClient(config)
    try {
      for (const statement of setUp) await connection.execute(statement)
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
    const connection = idle.pop() ?? (await open())
    try {
      await connection.execute(BEGIN[mode])
    } catch (error) {
      giveBack(connection, true)
      throw error
    }
    return pooledTransaction(connection, giveBack)
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
