import { type Config, type Transaction, type TransactionMode, createClient } from '@libsql/client'

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

/**
 * Begins a write transaction on a connection opened for it, waiting for another process's writer
 * between attempts instead of inside SQLite. Each attempt's connection runs `pragmas`, then a busy
 * timeout of ATTEMPT_BUSY_TIMEOUT_MS; an attempt that fails busy is retried after a pause until
 * `waitMs` have passed, or at once if `othersOnly()` says the lock is this process's own (waiting
 * for it would never end).
 *
 * A connection whose `BEGIN` failed is closed, never reused: libSQL (0.4.7, tursodatabase/libsql-js
 * #237) leaves a statement that failed busy in progress until the garbage collector finalizes it.
 * Until then every `BEGIN` on that connection fails at once (SQLITE_BUSY_SNAPSHOT), and a write
 * that gets through cannot commit and keeps the write lock. The client would keep handing out that
 * connection: it gives a transaction its connection only once `BEGIN` has succeeded.
 */
export async function beginOnOwnConnection(
  config: Config,
  mode: TransactionMode,
  {
    pragmas,
    waitMs,
    othersOnly,
  }: { pragmas: readonly string[]; waitMs: number; othersOnly: () => boolean },
): Promise<Transaction> {
  const deadline = Date.now() + waitMs
  for (let attempt = 0; ; attempt++) {
    const client = createClient(config)
    try {
      for (const pragma of [...pragmas, `PRAGMA busy_timeout = ${ATTEMPT_BUSY_TIMEOUT_MS}`])
        await client.execute(pragma)
      // The transaction takes the client's connection with it; the client is not used again.
      return await client.transaction(mode)
    } catch (error) {
      client.close()
      if (!isSqliteBusy(error) || !othersOnly() || Date.now() >= deadline) throw error
      await sleep(PAUSES_MS[Math.min(attempt, PAUSES_MS.length - 1)]!)
    }
  }
}
