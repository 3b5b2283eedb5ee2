import type { SearchIndexName } from '../types'
import { BM25_WEIGHTS } from './tuning'

/** Tables of one generation of one index; names are built from checked values only. */
export function tablesOf(index: SearchIndexName, generation: number) {
  if (!Number.isInteger(generation)) throw new Error(`bad generation ${generation}`)
  const suffix = `${index}_${generation}`
  return {
    docs: `docs_${suffix}`,
    scope: `scope_${suffix}`,
    fts: `fts_${suffix}`,
    vocab: `vocab_${suffix}`,
  }
}

export type Tables = ReturnType<typeof tablesOf>

export const CATALOG_DDL = [
  `CREATE TABLE IF NOT EXISTS generations (
     index_name TEXT NOT NULL, generation INTEGER NOT NULL,
     state TEXT NOT NULL CHECK (state IN ('live', 'building')),
     documents INTEGER NOT NULL DEFAULT 0, version INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (index_name, generation))`,
  `CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
]

/**
 * The visibility filter reads `scope`, a narrow copy of who may see a document and where: a
 * document's row is kilobytes of text, so filtering a thousand matches on `docs` reads a thousand
 * pages, while `scope` stays in SQLite's page cache.
 */
const scopeDdl = (t: Tables) =>
  `CREATE TABLE IF NOT EXISTS ${t.scope} (
     rowid INTEGER PRIMARY KEY, channels TEXT NOT NULL, owner_level TEXT NOT NULL,
     owner_province TEXT, owner_city TEXT, overridden_in TEXT NOT NULL)`

/** Copies the scope of the documents `where` selects (written in the same batch as them). */
export const copyScopeSql = (t: Tables, where: string) =>
  `INSERT OR REPLACE INTO ${t.scope} (rowid, channels, owner_level, owner_province, owner_city, overridden_in)
   SELECT rowid, channels, owner_level, owner_province, owner_city, overridden_in FROM ${t.docs}
   WHERE ${where}`

/** For a generation written before `scope` existed: creates and fills it. */
export const addScopeDdl = (t: Tables): string[] => [scopeDdl(t), copyScopeSql(t, 'true')]

/**
 * `docs` keeps what filters, ranking and results need; `fts` holds the segmented text only
 * (contentless), under the same rowid. Space-padded lists (` a b `) let one `instr` test membership.
 */
export function generationDdl(t: Tables): string[] {
  return [
    `CREATE TABLE IF NOT EXISTS ${t.docs} (
       rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, external_id TEXT, kind TEXT NOT NULL,
       title TEXT NOT NULL, body TEXT NOT NULL, category_id TEXT, category_name TEXT,
       channels TEXT NOT NULL, owner_level TEXT NOT NULL, owner_code TEXT NOT NULL,
       owner_province TEXT, owner_city TEXT, overridden_in TEXT NOT NULL, published_at INTEGER NOT NULL,
       title_tokens TEXT NOT NULL, body_tokens TEXT NOT NULL, title_pinyin TEXT NOT NULL)`,
    `CREATE INDEX IF NOT EXISTS ${t.docs}_owner ON ${t.docs} (owner_code)`,
    scopeDdl(t),
    `CREATE VIRTUAL TABLE IF NOT EXISTS ${t.fts} USING fts5(
       title, body, pinyin, content='', contentless_delete=1,
       tokenize='unicode61 remove_diacritics 2')`,
    `CREATE VIRTUAL TABLE IF NOT EXISTS ${t.vocab} USING fts5vocab(${t.fts}, 'row')`,
    // `ORDER BY rank LIMIT n` lets FTS5 keep only the best n; the title weighs 4× the body.
    `INSERT INTO ${t.fts} (${t.fts}, rank) VALUES ('rank', 'bm25(${BM25_WEIGHTS.join(', ')})')`,
  ]
}

export const dropGenerationDdl = (t: Tables): string[] => [
  `DROP TABLE IF EXISTS ${t.vocab}`,
  `DROP TABLE IF EXISTS ${t.fts}`,
  `DROP TABLE IF EXISTS ${t.scope}`,
  `DROP TABLE IF EXISTS ${t.docs}`,
]
