import type { InStatement } from '@libsql/client'

import type { DocumentFilter, SearchDocument, SearchIndexName } from '../types'
import { countStatement } from './catalog'
import type { IndexConnections } from './connections'
import type { GlossarySettings } from './glossarySettings'
import type { LatinTerms } from './latinTerms'
import { copyScopeSql, tablesOf } from './schema'
import { ROWS_PER_STATEMENT, WRITE_BATCH } from './tuning'

const padded = (values: readonly string[]) => ` ${values.join(' ')} `

const COLUMNS = `id, external_id, kind, title, body, category_id, category_name, channels,
  owner_level, owner_code, owner_province, owner_city, overridden_in, published_at,
  title_tokens, body_tokens, title_pinyin`
const ROW = `(${Array(17).fill('?').join(', ')})`

/** The rows `filter` selects, as SQL on `docs`; null when it selects nothing (an empty id list). */
export function filterSql(filter: DocumentFilter): { where: string; args: string[] } | null {
  const conditions: string[] = []
  const args: string[] = []
  if (filter.ownerCode !== undefined) {
    conditions.push('owner_code = ?')
    args.push(filter.ownerCode)
  }
  if (filter.ids !== undefined) {
    if (filter.ids.length === 0) return null
    conditions.push(`id IN (${filter.ids.map(() => '?').join(', ')})`)
    args.push(...filter.ids)
  }
  if (conditions.length === 0) throw new Error('deleteWhere needs a filter')
  return { where: conditions.join(' AND '), args }
}

/**
 * Writes documents into one generation: segmented by the stored glossary's analyzer, in batches of
 * WRITE_BATCH, one transaction each. While the writer commits one batch, the next is analysed, so
 * SQLite's half of indexing runs on the writer's thread beside the text analysis.
 */
export class DocumentWriter {
  constructor(
    private readonly connections: IndexConnections,
    private readonly glossary: GlossarySettings,
    private readonly latinTerms: LatinTerms,
  ) {}

  async write(index: SearchIndexName, generation: number, documents: SearchDocument[]) {
    const analyzer = await this.glossary.analyzer()
    const t = tablesOf(index, generation)
    // The previous batch is written while this one is analysed: the writer posts it at once.
    const writer = await this.connections.writer()
    let previous: Promise<void> = Promise.resolve()
    try {
      for (let start = 0; start < documents.length; start += WRITE_BATCH) {
        const statements: InStatement[] = []
        const batch = documents.slice(start, start + WRITE_BATCH)
        // Set-based statements, a few per hundred documents: libSQL prepares every statement anew,
        // which costs more than the row itself.
        for (let at = 0; at < batch.length; at += ROWS_PER_STATEMENT) {
          const chunk = batch.slice(at, at + ROWS_PER_STATEMENT)
          const ids = [...new Set(chunk.map((doc) => doc.id))]
          const idList = ids.map(() => '?').join(', ')
          statements.push(
            {
              sql: `DELETE FROM ${t.fts} WHERE rowid IN (SELECT rowid FROM ${t.docs} WHERE id IN (${idList}))`,
              args: ids,
            },
            {
              sql: `INSERT INTO ${t.docs} (${COLUMNS}) VALUES ${chunk.map(() => ROW).join(', ')}
                    ON CONFLICT (id) DO UPDATE SET external_id = excluded.external_id, kind = excluded.kind,
                      title = excluded.title, body = excluded.body, category_id = excluded.category_id,
                      category_name = excluded.category_name, channels = excluded.channels,
                      owner_level = excluded.owner_level, owner_code = excluded.owner_code,
                      owner_province = excluded.owner_province, owner_city = excluded.owner_city,
                      overridden_in = excluded.overridden_in, published_at = excluded.published_at,
                      title_tokens = excluded.title_tokens, body_tokens = excluded.body_tokens,
                      title_pinyin = excluded.title_pinyin`,
              args: chunk.flatMap((doc) => {
                const titleTokens = analyzer.tokens(doc.title)
                const bodyTokens = analyzer.tokens(doc.body)
                this.latinTerms.note(index, generation, titleTokens)
                this.latinTerms.note(index, generation, bodyTokens)
                return [
                  doc.id,
                  doc.externalId,
                  doc.kind,
                  doc.title,
                  doc.body,
                  doc.categoryId,
                  doc.categoryName,
                  padded(doc.channels),
                  doc.ownerLevel,
                  doc.ownerCode,
                  doc.ownerProvince,
                  doc.ownerCity,
                  padded(doc.overriddenIn),
                  doc.publishedAt,
                  titleTokens.join(' '),
                  bodyTokens.join(' '),
                  analyzer.titlePinyin(doc.title, titleTokens).join(' '),
                ]
              }),
            },
            {
              sql: `INSERT INTO ${t.fts} (rowid, title, body, pinyin)
                    SELECT rowid, title_tokens, body_tokens, title_pinyin FROM ${t.docs}
                    WHERE id IN (${idList})`,
              args: ids,
            },
            { sql: copyScopeSql(t, `id IN (${idList})`), args: ids },
          )
        }
        if (start + WRITE_BATCH >= documents.length) {
          statements.push(countStatement(index, generation, t))
        }
        await previous
        previous = writer.batch(statements)
      }
    } finally {
      // A batch still in flight settles before this call does, whatever stopped the loop.
      await previous
    }
  }

  /** Removes the documents `filter` selects (see filterSql) from one generation. */
  async remove(
    index: SearchIndexName,
    generation: number,
    { where, args }: { where: string; args: string[] },
  ) {
    const t = tablesOf(index, generation)
    await this.connections.write([
      ...[t.fts, t.scope].map((table) => ({
        sql: `DELETE FROM ${table} WHERE rowid IN (SELECT rowid FROM ${t.docs} WHERE ${where})`,
        args,
      })),
      { sql: `DELETE FROM ${t.docs} WHERE ${where}`, args },
      countStatement(index, generation, t),
    ])
  }
}
