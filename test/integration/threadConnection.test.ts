import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { openThreadConnection } from '@/db/threadConnection'

const directories: string[] = []
afterAll(() => {
  for (const directory of directories) rmSync(directory, { recursive: true, force: true })
})

function temporaryDatabase() {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'kb-thread-connection-'))
  directories.push(directory)
  return `file:${path.join(directory, 'index.db')}`
}

describe('SQLite connection on a thread', () => {
  it('applies batches in the order sent, each all or nothing, and goes on after a failed one', async () => {
    const url = temporaryDatabase()
    const writer = openThreadConnection(url, ['PRAGMA journal_mode = WAL'])
    const reader = openThreadConnection(url, ['PRAGMA busy_timeout = 1000'])
    try {
      // Sent without waiting: the later batches need the table the first one creates.
      const created = writer.batch([
        'CREATE TABLE t (n INTEGER PRIMARY KEY)',
        'INSERT INTO t VALUES (1)',
      ])
      const failed = writer.batch([
        'INSERT INTO t VALUES (2)',
        { sql: 'INSERT INTO t VALUES (?)', args: [1] },
      ])
      const after = writer.batch([{ sql: 'INSERT INTO t VALUES (?)', args: [3] }])
      await created
      await expect(failed).rejects.toThrow(/UNIQUE constraint failed/)
      await after
      const rows = await reader.query('SELECT n FROM t ORDER BY n')
      expect(rows.map((r) => Number(r.n))).toEqual([1, 3])
    } finally {
      await Promise.all([reader.close(), writer.close()])
    }
  })

  it('returns rows as plain objects keyed by column, with named arguments, and reports SQL errors', async () => {
    const connection = openThreadConnection(temporaryDatabase(), [])
    try {
      await connection.batch([
        'CREATE TABLE t (id INTEGER, name TEXT)',
        "INSERT INTO t VALUES (1, '宽带'), (2, '携号转网')",
      ])
      const rows = await connection.query({
        sql: 'SELECT id, name, :tag AS tag FROM t WHERE id >= :from ORDER BY id',
        args: { from: 1, tag: 'x' },
      })
      expect(rows).toEqual([
        { id: 1, name: '宽带', tag: 'x' },
        { id: 2, name: '携号转网', tag: 'x' },
      ])
      await expect(connection.query('SELECT * FROM missing')).rejects.toThrow(
        /no such table: missing/,
      )
      expect(await connection.query('SELECT count(*) AS n FROM t')).toEqual([{ n: 2 }])
    } finally {
      await connection.close()
    }
  })

  it('lets work in flight finish before it stops the thread', async () => {
    const connection = openThreadConnection(temporaryDatabase(), [])
    const slow = connection.query(
      'WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 2000000) SELECT count(*) AS n FROM c',
    )
    // Inside SQLite's call on the thread by now. Stopping the thread there would abort this whole
    // process: libSQL's binding panics on the pending termination.
    await new Promise((resolve) => setTimeout(resolve, 50))
    await connection.close()
    expect(await slow).toEqual([{ n: 2000000 }])
  })

  it('rejects work once closed instead of leaving it waiting', async () => {
    const connection = openThreadConnection(temporaryDatabase(), [])
    await connection.batch(['CREATE TABLE t (n INTEGER)'])
    await connection.close()
    await expect(connection.batch(['INSERT INTO t VALUES (1)'])).rejects.toThrow(
      /SQLite connection thread stopped/,
    )
    await expect(connection.query('SELECT n FROM t')).rejects.toThrow(
      /SQLite connection thread stopped/,
    )
  })
})
