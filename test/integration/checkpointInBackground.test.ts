import { closeSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

import { sql } from '@payloadcms/db-sqlite'
import { createClient } from '@libsql/client'
import type { DatabaseAdapterObj, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { checkpointInBackground } from '@/db/checkpointInBackground'
import { bootPayload } from '@test/helpers/payload'

type SqliteDb = {
  client: { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }
  sessions: Record<string, { db: { all: (query: unknown) => Promise<Record<string, unknown>[]> } }>
  beginTransaction: () => Promise<string>
  commitTransaction: (id: string) => Promise<void>
}

const file = process.env.DATABASE_URL?.startsWith('file:')
  ? process.env.DATABASE_URL.slice('file:'.length)
  : null

/**
 * The WAL header's first salt: the writer that restarts the WAL, which it does only once a
 * checkpoint has copied all of it back, adds one to it. (The header's checkpoint counter is kept
 * per connection, and transactions run on connections other than the client's.)
 */
function walRestarts(file: string): number {
  const header = Buffer.alloc(20)
  const fd = openSync(`${file}-wal`, 'r')
  try {
    readSync(fd, header, 0, 20, 0)
  } finally {
    closeSync(fd)
  }
  return header.readUInt32BE(16)
}

describe.skipIf(!file)('SQLite checkpoints on a thread of their own', () => {
  let payload: Payload
  let db: SqliteDb
  beforeAll(async () => {
    payload = await bootPayload()
    db = payload.db as unknown as SqliteDb
  })
  afterAll(async () => {
    await payload?.destroy()
  })

  const autocheckpoint = async () =>
    (await db.client.execute('PRAGMA wal_autocheckpoint')).rows[0]?.wal_autocheckpoint

  it('no connection of the server checkpoints in its commits: not the first, not a transaction’s, not the next', async () => {
    expect(await autocheckpoint()).toBe(0)
    const id = await db.beginTransaction()
    const inTransaction = await db.sessions[id]!.db.all(sql`PRAGMA wal_autocheckpoint`)
    await db.commitTransaction(id)
    expect(inTransaction[0]).toEqual({ wal_autocheckpoint: 0 })
    // The transaction ran on a pooled connection of its own; the client kept its connection.
    expect(await autocheckpoint()).toBe(0)
  })

  it('copies the WAL back while the server writes, so the WAL restarts instead of growing', async () => {
    const commits = 50
    await db.client.execute('CREATE TABLE wal_probe (body BLOB)')
    const restartsBefore = walRestarts(file!)
    // About five seconds of writes, a checkpoint a second.
    for (let i = 0; i < commits; i++) {
      await db.client.execute(`INSERT INTO wal_probe VALUES (randomblob(${100 * 1024}))`)
      await sleep(100)
    }
    // Unchecked, the WAL would hold every commit: autocheckpoint is off.
    expect(walRestarts(file!) - restartsBefore).toBeGreaterThanOrEqual(2)
    expect((await db.client.execute('SELECT count(*) AS n FROM wal_probe')).rows[0]?.n).toBe(
      commits,
    )
  })
})

describe('a WAL no passive checkpoint could finish', () => {
  it('is restarted and truncated by the thread once it is longer than the limit', async () => {
    const directory = mkdtempSync(path.join(os.tmpdir(), 'kb-checkpoint-'))
    const url = `file:${path.join(directory, 'kb.db')}`
    const client = createClient({ url })
    // Just the part of an adapter the checkpointer wraps; the database and its thread are real.
    const adapterObj = {
      init: () => ({
        connect: async () => {},
        destroy: async () => {},
        payload: { logger: console },
      }),
    } as unknown as DatabaseAdapterObj
    const start = (truncateAboveFrames: number) => {
      const adapter = checkpointInBackground(adapterObj, {
        url,
        everyMs: 50,
        truncateAboveFrames,
      }).init({} as never) as unknown as {
        connect: () => Promise<void>
        destroy: () => Promise<void>
      }
      return adapter.connect().then(() => adapter)
    }
    const walSize = () => statSync(path.join(directory, 'kb.db-wal')).size
    /** Writes 2 MB, then gives the thread time: 500 ms, or up to 10 s for a truncation under load. */
    const writeAndWait = async (untilTruncated = false) => {
      for (let i = 0; i < 20; i++)
        await client.execute(`INSERT INTO probe VALUES (randomblob(${100 * 1024}))`)
      await sleep(500)
      for (let waited = 500; untilTruncated && walSize() > 0 && waited < 10_000; waited += 100)
        await sleep(100)
      return walSize()
    }
    try {
      for (const pragma of ['PRAGMA journal_mode = WAL', 'PRAGMA wal_autocheckpoint = 0'])
        await client.execute(pragma)
      await client.execute('CREATE TABLE probe (body BLOB)')

      // Under the limit, checkpoints copy the WAL back but leave its file as it is.
      const underLimit = await start(1_000_000)
      expect(await writeAndWait()).toBeGreaterThan(1_500_000)
      await underLimit.destroy()

      const overLimit = await start(100)
      expect(await writeAndWait(true)).toBe(0)
      await overLimit.destroy()
      expect((await client.execute('SELECT count(*) AS n FROM probe')).rows[0]?.n).toBe(40)
    } finally {
      client.close()
      rmSync(directory, { recursive: true, force: true })
    }
  })
})
