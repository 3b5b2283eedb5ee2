import { mkdirSync, statSync } from 'node:fs'
import path from 'node:path'

import type { InStatement } from '@libsql/client'

import { type ThreadConnection, type ThreadRow, openThreadConnection } from '@/db/threadConnection'
import { SEARCH_INDEXES } from '../types'
import { CATALOG_DDL, addScopeDdl, tablesOf } from './schema'
import { BUSY_TIMEOUT_MS, PAGE_CACHE_KB } from './tuning'

/** Settings of both of the index's connections (`journal_mode` is stored in the file). */
const CONNECTION_PRAGMAS = [
  `PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`,
  'PRAGMA synchronous = NORMAL',
  `PRAGMA cache_size = -${PAGE_CACHE_KB}`,
]

type Opened = {
  writer: ThreadConnection
  reader: ThreadConnection
  /** The index file they opened (see assertFileInPlace). */
  file: { dev: number; ino: number }
}

/**
 * The index file's two connections, each on a thread of its own, opened on first use. Every write
 * goes through the writer, in order; every read through the reader.
 */
export class IndexConnections {
  private readonly file: string
  private readonly url: string
  private opened: Promise<Opened> | null = null

  constructor(private readonly directory: string) {
    mkdirSync(directory, { recursive: true })
    this.file = path.join(directory, 'index.db')
    this.url = `file:${this.file}`
  }

  open(): Promise<Opened> {
    this.opened ??= (async () => {
      // WAL lets the reader read while the writer writes; the mode is kept in the file.
      const writer = openThreadConnection(this.url, [
        'PRAGMA journal_mode = WAL',
        ...CONNECTION_PRAGMAS,
      ])
      let reader: ThreadConnection | null = null
      try {
        await writer.batch(CATALOG_DDL)
        // Only once the file is in WAL mode: a reader already on a new file while the writer
        // switches it could be refused ("database is locked") despite its busy timeout.
        reader = openThreadConnection(this.url, CONNECTION_PRAGMAS)
        await addMissingScopes(writer, reader)
        const { dev, ino } = statSync(this.file)
        return { writer, reader, file: { dev, ino } }
      } catch (error) {
        // The app retries with a new engine: threads of a failed attempt must not pile up.
        await Promise.all([writer.close(), reader?.close()])
        throw error
      }
    })()
    return this.opened
  }

  /** The writer itself, for a caller that keeps one batch in flight while it prepares the next. */
  async writer(): Promise<ThreadConnection> {
    return (await this.open()).writer
  }

  async write(statements: InStatement[]): Promise<void> {
    await (await this.writer()).batch(statements)
  }

  async read(statement: InStatement): Promise<ThreadRow[]> {
    return (await this.open()).reader.query(statement)
  }

  /**
   * The connections keep the file they opened, even once it is deleted or replaced at its path:
   * searches go on answering from it, and what is written to it is gone at the next start.
   */
  async assertFileInPlace(): Promise<void> {
    const { file } = await this.open()
    let found: { dev: number; ino: number }
    try {
      found = statSync(this.file)
    } catch {
      throw new Error(`${this.file}: the search index this process opened is no longer there`)
    }
    if (found.dev !== file.dev || found.ino !== file.ino)
      throw new Error(`${this.file}: replaced since this process opened its search index`)
  }

  /** The index file's size on disk, its write-ahead log included. */
  bytes(): number {
    let bytes = 0
    for (const file of ['index.db', 'index.db-wal']) {
      try {
        bytes += statSync(path.join(this.directory, file)).size
      } catch {
        // no WAL file between checkpoints
      }
    }
    return bytes
  }

  async close(): Promise<void> {
    const opened = await this.opened?.catch(() => null)
    this.opened = null
    await Promise.all([opened?.writer.close(), opened?.reader.close()])
  }
}

/** Generations written by an earlier version lack `scope`: it is derived from `docs`. */
async function addMissingScopes(writer: ThreadConnection, reader: ThreadConnection) {
  const tables = await reader.query("SELECT name FROM sqlite_master WHERE type = 'table'")
  const existing = new Set(tables.map((r) => String(r.name)))
  const rows = await reader.query('SELECT index_name, generation FROM generations')
  for (const row of rows) {
    const index = SEARCH_INDEXES.find((name) => name === row.index_name)
    if (!index) continue
    const t = tablesOf(index, Number(row.generation))
    if (!existing.has(t.scope)) await writer.batch(addScopeDdl(t))
  }
}
