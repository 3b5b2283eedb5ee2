import type { DatabaseAdapterObj, Payload } from 'payload'

import { openThreadConnection, type ThreadConnection } from './threadConnection'

/** How often the WAL is copied back into the database file. */
const CHECKPOINT_EVERY_MS = 1_000

/**
 * What every connection of the adapter must run for this to take over: SQLite's own checkpoint
 * stops running in the commit that fills the WAL.
 */
export const NO_AUTOCHECKPOINT = 'PRAGMA wal_autocheckpoint = 0'

type SqliteAdapterLike = {
  connect?: (options?: { hotReload?: boolean }) => Promise<void>
  destroy?: () => Promise<void>
  payload: Payload
}

/**
 * Copies SQLite's write-ahead log back into the database file on a thread of its own. By default
 * the connection whose commit fills the WAL (1,000 pages) copies it, in that commit: on the
 * server's thread, such a commit (a batch of the search log, say) took 20–90 ms here, every
 * request waiting, and checkpoints were two thirds of the search log's write time. The adapter's
 * connections run NO_AUTOCHECKPOINT; this thread checkpoints PASSIVE, which neither waits for nor
 * blocks readers and writers, and the next writer restarts the WAL once it is all copied.
 */
export function checkpointInBackground(
  adapterObj: DatabaseAdapterObj,
  { url, everyMs = CHECKPOINT_EVERY_MS }: { url: string; everyMs?: number },
): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      const sqlite = adapter as unknown as SqliteAdapterLike
      const connect = sqlite.connect?.bind(adapter)
      const destroy = sqlite.destroy?.bind(adapter)
      let checkpointer: { connection: ThreadConnection; timer: NodeJS.Timeout } | null = null

      sqlite.connect = async (options) => {
        await connect?.(options)
        if (checkpointer) return
        const connection = openThreadConnection(url, [])
        let running = false
        const timer = setInterval(async () => {
          if (running) return
          running = true
          try {
            await connection.query('PRAGMA wal_checkpoint(PASSIVE)')
          } catch (error) {
            // The WAL grows until a checkpoint succeeds (or the last connection closes).
            sqlite.payload.logger.error({ err: error }, 'SQLite: the background checkpoint failed')
          } finally {
            running = false
          }
        }, everyMs)
        timer.unref()
        checkpointer = { connection, timer }
      }
      sqlite.destroy = async () => {
        if (checkpointer) {
          clearInterval(checkpointer.timer)
          await checkpointer.connection.close()
          checkpointer = null
        }
        await destroy?.()
      }
      return adapter
    },
  }
}
