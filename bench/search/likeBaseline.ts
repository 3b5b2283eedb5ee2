/**
 * The baseline: what searching costs without a search engine. The items sit in a plain SQLite
 * table shaped like Payload's `knowledge` table, and a search is what Payload's `like` operator
 * (and so the search plugin's admin search) runs: `LIKE '%word%'` on title and body, no index
 * can help, every row is scanned until LIMIT is reached.
 */
import path from 'node:path'

import { type Client, type InStatement, createClient } from '@libsql/client'

import type { ReaderArea } from '@/domain/visibility'
import type { SearchDocument } from '@search/types'

export class LikeBaseline {
  private readonly client: Client

  constructor(directory: string) {
    this.client = createClient({ url: `file:${path.join(directory, 'knowledge.db')}` })
  }

  async init() {
    await this.client.execute('PRAGMA journal_mode = WAL')
    await this.client.execute('PRAGMA synchronous = NORMAL')
    await this.client.execute(`CREATE TABLE knowledge (
      id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL, owner_level TEXT,
      owner_code TEXT, owner_province TEXT, owner_city TEXT, overridden_in TEXT DEFAULT '',
      channels TEXT, category TEXT, published_at TEXT)`)
    // Payload indexes these fields (index: true); they do not help a LIKE '%…%' search.
    for (const column of ['owner_level', 'owner_code', 'owner_province', 'owner_city'])
      await this.client.execute(`CREATE INDEX knowledge_${column} ON knowledge (${column})`)
  }

  async insert(documents: SearchDocument[]) {
    const statements: InStatement[] = documents.map((doc) => ({
      sql: `INSERT INTO knowledge (id, title, body, owner_level, owner_code, owner_province,
              owner_city, overridden_in, channels, category, published_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      args: [
        Number(doc.id.replace(/\D/g, '')),
        doc.title,
        doc.body,
        doc.ownerLevel,
        doc.ownerCode,
        doc.ownerProvince,
        doc.ownerCity,
        // Payload keeps overriddenIn as a space-separated text field; padded for a whole-code test.
        ` ${doc.overriddenIn.join(' ')} `,
        doc.channels.join(','),
        doc.categoryId,
        new Date(doc.publishedAt).toISOString(),
      ],
    }))
    await this.client.batch(statements, 'write')
  }

  /**
   * Query words in title or body — any of them (`or`, the benchmark's baseline) or all of them
   * (`and`, what Payload's `like` does with several words) — under the engine's visibility rule.
   */
  private where(words: string[], reader: ReaderArea, combine: 'or' | 'and') {
    const args: Record<string, string | null> = { province: reader.province, city: reader.city }
    const text = words.map((word, i) => {
      args[`w${i}`] = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
      return `(title LIKE :w${i} ESCAPE '\\' OR body LIKE :w${i} ESCAPE '\\')`
    })
    const where = `(${text.join(combine === 'or' ? ' OR ' : ' AND ')})
              AND (owner_level = 'hq'
                OR (owner_level = 'province' AND owner_province = :province)
                OR (owner_level = 'city' AND owner_city = :city))
              AND (:province IS NULL OR instr(overridden_in, ' ' || :province || ' ') = 0)
              AND (:city IS NULL OR instr(overridden_in, ' ' || :city || ' ') = 0)`
    return { where, args }
  }

  private statement(words: string[], reader: ReaderArea, limit: number) {
    const { where, args } = this.where(words, reader, 'or')
    return { sql: `SELECT id, title FROM knowledge WHERE ${where} LIMIT ${limit}`, args }
  }

  /** The baseline: any word, first 10 visible rows (no ranking, so it may stop early). */
  async search(words: string[], reader: ReaderArea, limit = 10) {
    return (await this.client.execute(this.statement(words, reader, limit))).rows
  }

  /**
   * Closer to a paginated Payload `find` with `like`: every word required, and a count(*) for
   * the page total, which reads every row whatever the LIMIT.
   */
  async payloadFind(words: string[], reader: ReaderArea, limit = 10) {
    const { where, args } = this.where(words, reader, 'and')
    await this.client.execute({
      sql: `SELECT id, title FROM knowledge WHERE ${where} LIMIT ${limit}`,
      args,
    })
    await this.client.execute({ sql: `SELECT count(*) FROM knowledge WHERE ${where}`, args })
  }

  async explain(words: string[], reader: ReaderArea): Promise<string> {
    const { sql, args } = this.statement(words, reader, 10)
    const { rows } = await this.client.execute({ sql: `EXPLAIN QUERY PLAN ${sql}`, args })
    return rows.map((r) => String(r.detail)).join('; ')
  }

  close() {
    this.client.close()
  }
}
