import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, describe, expect, it } from 'vitest'

import { startIndexWriter } from '../../../search/embedded/indexWriter'

const directories: string[] = []
afterAll(() => {
  for (const directory of directories) rmSync(directory, { recursive: true, force: true })
})

function temporaryDatabase() {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'kb-index-writer-'))
  directories.push(directory)
  return `file:${path.join(directory, 'index.db')}`
}

describe('index writer thread', () => {
  it('applies batches in the order sent, each all or nothing, and goes on after a failed one', async () => {
    const url = temporaryDatabase()
    const writer = startIndexWriter(url, ['PRAGMA busy_timeout = 1000'])
    const reader = createClient({ url })
    try {
      // Sent without waiting: the later batches need the table the first one creates.
      const created = writer.write([
        'CREATE TABLE t (n INTEGER PRIMARY KEY)',
        'INSERT INTO t VALUES (1)',
      ])
      const failed = writer.write([
        'INSERT INTO t VALUES (2)',
        { sql: 'INSERT INTO t VALUES (?)', args: [1] },
      ])
      const after = writer.write([{ sql: 'INSERT INTO t VALUES (?)', args: [3] }])
      await created
      await expect(failed).rejects.toThrow(/UNIQUE constraint failed/)
      await after
      const { rows } = await reader.execute('SELECT n FROM t ORDER BY n')
      expect(rows.map((r) => Number(r.n))).toEqual([1, 3])
    } finally {
      reader.close()
      await writer.close()
    }
  })

  it('rejects writes once closed instead of leaving them waiting', async () => {
    const writer = startIndexWriter(temporaryDatabase(), [])
    await writer.write(['CREATE TABLE t (n INTEGER)'])
    await writer.close()
    await expect(writer.write(['INSERT INTO t VALUES (1)'])).rejects.toThrow(/index writer stopped/)
  })
})
