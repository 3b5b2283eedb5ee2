import type { DatabaseAdapterObj, Payload } from 'payload'

import { afterConnect, extendAdapter } from './extendAdapter'
import { openThreadConnection, type ThreadConnection } from './threadConnection'

/** How often the WAL is copied back into the database file. */
const CHECKPOINT_EVERY_MS = 1_000
/**
 * A WAL longer than this after a passive checkpoint (≈ 40 MB) is restarted and truncated at once.
 * Only writes that never pause get it there: a passive checkpoint copies what was committed when
 * it began, and the WAL restarts only if no commit came in the meantime.
 */
const TRUNCATE_ABOVE_FRAMES = 10_000

/**
 * What every connection of the adapter must run for this to take over: SQLite's own checkpoint
 * stops running in the commit that fills the WAL.
 */
export const NO_AUTOCHECKPOINT = 'PRAGMA wal_autocheckpoint = 0'

type SqliteAdapterLike = {
  destroy?: () => Promise<void>
  payload: Payload
}

/**
 * Copies SQLite's write-ahead log back into the database file on a thread of its own. By default
 * the connection whose commit fills the WAL (1,000 pages) copies it, in that commit: on the
 * server's thread, such a commit (a batch of the search log, say) took 20–90 ms here, every
 * request waiting, and checkpoints were two thirds of the search log's write time. The adapter's
 * connections run NO_AUTOCHECKPOINT; this thread checkpoints PASSIVE, which neither waits for nor
 * blocks readers and writers, and the next writer restarts the WAL once it is all copied (or,
 * past `truncateAboveFrames`, this thread restarts it).
 */
export function checkpointInBackground(
  adapterObj: DatabaseAdapterObj,
  {
    url,
    everyMs = CHECKPOINT_EVERY_MS,
    truncateAboveFrames = TRUNCATE_ABOVE_FRAMES,
  }: { url: string; everyMs?: number; truncateAboveFrames?: number },
): DatabaseAdapterObj {
  return extendAdapter<SqliteAdapterLike>(adapterObj, (sqlite) => {
    const destroy = sqlite.destroy?.bind(sqlite)
    let checkpointer: { connection: ThreadConnection; timer: NodeJS.Timeout } | null = null

    afterConnect(sqlite, async () => {
      if (checkpointer) return
      const connection = openThreadConnection(url, [])
      let running = false
      const timer = setInterval(async () => {
        if (running) return
        running = true
        try {
          const [passive] = await connection.query('PRAGMA wal_checkpoint(PASSIVE)')
          // With no busy timeout it waits for nobody: it gives up if a writer or a reader is
          // there, and otherwise holds writers back only while it copies the newest frames.
          if (Number(passive?.log) > truncateAboveFrames)
            await connection.query('PRAGMA wal_checkpoint(TRUNCATE)')
        } catch (error) {
          // The WAL grows until a checkpoint succeeds (or the last connection closes). A step
          // refused because the adapter is being destroyed is no failure.
          if (checkpointer)
            sqlite.payload.logger.error({ err: error }, 'SQLite: the background checkpoint failed')
        } finally {
          running = false
        }
      }, everyMs)
      timer.unref()
      checkpointer = { connection, timer }
    })
    sqlite.destroy = async () => {
      const stopping = checkpointer
      checkpointer = null
      if (stopping) {
        clearInterval(stopping.timer)
        await stopping.connection.close()
      }
      await destroy?.()
    }
  })
}
