import { mkdirSync, statSync } from 'node:fs'
import path from 'node:path'

import type { InStatement } from '@libsql/client'
import { distance } from 'fastest-levenshtein'

import { type ThreadConnection, type ThreadRow, openThreadConnection } from '@/db/threadConnection'
import { type Analyzer, type AnalyzedQuery, analyzerFor } from '../text/analyzer'
import { highlight, snippet } from '../text/highlight'
import { compactText, isCjk } from '../text/normalize'
import type {
  DocumentFilter,
  GlossaryEntry,
  IndexStats,
  SearchDocument,
  SearchEngine,
  SearchHit,
  SearchIndexName,
  SearchRequest,
  SearchResult,
  SearchSettings,
} from '../types'
import { SEARCH_INDEXES } from '../types'
import { type Alternative, matchExpression, weightedArms } from './ftsQuery'
import { type IndexState, ResultCache } from './resultCache'
import {
  type CandidateText,
  groupsFound,
  hanBigrams,
  type RankedGroup,
  relevance,
  spacedTokens,
} from './rank'
import {
  BM25_WEIGHTS,
  CATALOG_DDL,
  type Tables,
  addScopeDdl,
  copyScopeSql,
  dropGenerationDdl,
  generationDdl,
  tablesOf,
} from './schema'

/**
 * This many best matches (by bm25, or weighted on a large index) go to the re-ranker; total and
 * facets count them.
 */
const MAX_CANDIDATES = 100
/** Hits scoring below this share of the best hit are noise from a single common word. */
const RELATIVE_SCORE_FLOOR = 0.2
/** FTS5 keeps this many best matches before the visibility filter. */
const FTS_TOP = 2000
/**
 * On a large index, words in more than this share of documents do not pick candidates (they would
 * make FTS5 score most of the index); they still count in the re-ranking of the candidates.
 */
const COMMON_SHARE = 0.01
const LARGE_INDEX = 5000
/** Below this size FTS5's `optimize` takes tens of milliseconds and halves a query's FTS5 time. */
const OPTIMIZE_BELOW = 2000
/** Writes within this delay share one merge. */
const OPTIMIZE_DELAY_MS = 1000
/** Latin terms of an index (for typo matching) are re-read this often; this process adds its own. */
const LATIN_TERMS_TTL_MS = 60_000
/** Counting a common word's documents walks its whole doclist: counts are kept until a write. */
const DF_CACHE_SIZE = 50_000
/**
 * Documents a write transaction takes: small enough that the next batch's text analysis overlaps
 * SQLite's work on this one for most of an import.
 */
const WRITE_BATCH = 100
/** SQLite's page cache for the index connection (KiB): `scope` of 300k documents is about 15 MB. */
const PAGE_CACHE_KB = 32 * 1024
/** Settings of both of the index's connections (`journal_mode` is stored in the file). */
const CONNECTION_PRAGMAS = [
  'PRAGMA busy_timeout = 10000',
  'PRAGMA synchronous = NORMAL',
  `PRAGMA cache_size = -${PAGE_CACHE_KB}`,
]
/** 17 parameters a row: far under SQLite's limit of 32,766 per statement. */
const ROWS_PER_STATEMENT = 100
/** How long this process trusts its copy of the catalog (another process may rebuild or write). */
const CATALOG_TTL_MS = 1000

type Generation = {
  generation: number
  state: 'live' | 'building'
  documents: number
  version: number
}

/**
 * How candidates are picked. A small index lets every alternative of every word pick, scored by
 * FTS5's bm25. On a large index a word in most documents would make FTS5 score most of the index
 * while telling little, so only the rarest words pick, as many as fit a budget of matches (all
 * words still rank); a word the index holds as written picks by itself and its one-word synonyms,
 * while its parts and pinyin (as whole-word keys) stand in only for words the index lacks. Those
 * matches are weighted by field and word rarity instead of bm25, whose per-row cost (each match's
 * column sizes and positions) grows with the index. A query made of common words only picks,
 * unscored, the newest documents that hold all of them, in the title first: scoring tens of
 * thousands of matches would only reorder near-equals.
 */
export type RetrievalPlan = { kind: 'bm25' | 'weighted' | 'newest'; groups: RankedGroup[] }

/**
 * A homophone as one pinyin token: titles index each word's full pinyin, so `guo hu` is looked up
 * as the word key `guohu*` instead of a phrase over two syllables that thousands of titles hold.
 */
const pinyinWordFor = (alternative: Alternative): Alternative =>
  alternative.kind === 'syllables'
    ? { kind: 'pinyinPrefix', key: alternative.syllables.join(''), weight: alternative.weight }
    : alternative

export function retrievalPlan(groups: readonly RankedGroup[], documents: number): RetrievalPlan {
  if (documents < LARGE_INDEX) return { kind: 'bm25', groups: [...groups] }
  const asWritten = groups.map((g) => ({
    ...g,
    alternatives:
      g.documents > 0
        ? g.alternatives.filter((a) => a.kind === 'words' && a.tokens.length === 1)
        : g.alternatives.map(pinyinWordFor),
  }))
  // The rarest words pick, as many as FTS5 can score within the budget of matches.
  const budget = documents * COMMON_SHARE
  const picking: RankedGroup[] = []
  let matches = 0
  for (const group of [...asWritten].sort((a, b) => a.documents - b.documents)) {
    if (group.documents > budget || (picking.length > 0 && matches + group.documents > budget))
      break
    picking.push(group)
    matches += group.documents
  }
  if (picking.length > 0) return { kind: 'weighted', groups: picking }
  return { kind: 'newest', groups: asWritten }
}

/** Search-mode parts of a word that no other part contains: 工信部投诉 → 工信部, 投诉 (not 工信). */
export function maximalParts(tokens: readonly string[], word: string): string[] {
  const parts = [...new Set(tokens.filter((t) => t !== word))]
  return parts.filter((part) => !parts.some((other) => other !== part && other.includes(part)))
}

export const SYNONYM_WEIGHT = { value: 0.6 }

const padded = (values: readonly string[]) => ` ${values.join(' ')} `

const isLatinTerm = (term: string) => /^[a-z][a-z0-9]*$/.test(term)

/** What FTS5's unicode61 tokenizer makes of one of our tokens: it splits on all but letters and digits. */
const ftsTokens = (token: string) => token.split(/[^\p{L}\p{N}\p{Co}]+/u).filter(Boolean)

/**
 * A candidate query (columns `rid`, `bm25`) with each candidate's text for the re-ranking. The
 * query is a subquery so that its LIMIT applies before any document is read.
 */
const withText = (t: Tables, candidates: string) =>
  `SELECT d.rowid AS rid, d.id, d.external_id, d.kind, d.title, d.body, d.category_id,
          d.category_name, d.owner_level, d.owner_code, d.title_tokens, d.body_tokens,
          d.title_pinyin, c.bm25
   FROM (${candidates}) c JOIN ${t.docs} d ON d.rowid = c.rid`

/**
 * The embedded engine: SQLite FTS5 in its own file, text segmented by jieba (with the glossary as
 * user dictionary) before it reaches FTS5, so FTS5's tokenizer only splits on the spaces we put in.
 */
export class EmbeddedEngine implements SearchEngine {
  readonly name = 'embedded' as const
  private readonly url: string
  /** Every write goes through `writer`, in order; every read through `reader`. */
  private ready: Promise<{ writer: ThreadConnection; reader: ThreadConnection }> | null = null
  private glossary: { raw: string; analyzer: Analyzer } | null = null
  /** Answers to repeated searches, until the index or the glossary changes. */
  private readonly results = new ResultCache()
  private latinVocab = new Map<
    SearchIndexName,
    { generation: number; at: number; terms: Set<string>; refreshing?: Promise<void> }
  >()

  constructor(private readonly directory: string) {
    mkdirSync(directory, { recursive: true })
    this.url = `file:${path.join(directory, 'index.db')}`
  }

  private init() {
    this.ready ??= (async () => {
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
        await this.addMissingScopes(writer, reader)
      } catch (error) {
        // The app retries with a new engine: threads of a failed attempt must not pile up.
        await Promise.all([writer.close(), reader?.close()])
        throw error
      }
      return { writer, reader }
    })()
    return this.ready
  }

  private async write(statements: InStatement[]): Promise<void> {
    const { writer } = await this.init()
    await writer.batch(statements)
  }

  private async read(statement: InStatement): Promise<ThreadRow[]> {
    const { reader } = await this.init()
    return reader.query(statement)
  }

  /** Generations written by an earlier version lack `scope`: it is derived from `docs`. */
  private async addMissingScopes(writer: ThreadConnection, reader: ThreadConnection) {
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

  private catalog = new Map<SearchIndexName, { at: number; generations: Generation[] }>()

  private async generations(index: SearchIndexName, fresh = true): Promise<Generation[]> {
    const cached = this.catalog.get(index)
    if (!fresh && cached && Date.now() - cached.at < CATALOG_TTL_MS) return cached.generations
    const rows = await this.read({
      sql: 'SELECT generation, state, documents, version FROM generations WHERE index_name = ? ORDER BY generation',
      args: [index],
    })
    const generations = rows.map((r) => ({
      generation: Number(r.generation),
      state: r.state as Generation['state'],
      documents: Number(r.documents),
      version: Number(r.version),
    }))
    this.catalog.set(index, { at: Date.now(), generations })
    return generations
  }

  /** Searches may use a copy up to a second old; writers always read the catalog. */
  private async live(index: SearchIndexName, fresh = true): Promise<Generation | null> {
    return (await this.generations(index, fresh)).find((g) => g.state === 'live') ?? null
  }

  private async createGeneration(index: SearchIndexName, state: Generation['state']) {
    const existing = await this.generations(index)
    const generation = Math.max(0, ...existing.map((g) => g.generation)) + 1
    await this.write([
      ...generationDdl(tablesOf(index, generation)),
      {
        sql: 'INSERT INTO generations (index_name, generation, state) VALUES (?, ?, ?)',
        args: [index, generation, state],
      },
    ])
    return generation
  }

  private async saveSettings(settings: SearchSettings) {
    this.glossaryCheckedAt = 0
    await this.write([
      {
        sql: `INSERT INTO settings (key, value) VALUES ('glossary', ?)
              ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
        args: [JSON.stringify(settings.glossary)],
      },
    ])
  }

  /** The analyzer for the glossary stored with the index (another process may have changed it). */
  private glossaryCheckedAt = 0

  private async analyzer(): Promise<Analyzer> {
    if (this.glossary && Date.now() - this.glossaryCheckedAt < CATALOG_TTL_MS) {
      return this.glossary.analyzer
    }
    this.glossaryCheckedAt = Date.now()
    const rows = await this.read("SELECT value FROM settings WHERE key = 'glossary'")
    const raw = String(rows[0]?.value ?? '[]')
    if (this.glossary?.raw !== raw) {
      this.glossary = { raw, analyzer: analyzerFor(JSON.parse(raw) as GlossaryEntry[]) }
    }
    return this.glossary.analyzer
  }

  async ensureIndexes(settings: SearchSettings): Promise<void> {
    await this.init()
    await this.saveSettings(settings)
    for (const index of SEARCH_INDEXES) {
      if (!(await this.live(index))) await this.createGeneration(index, 'live')
    }
  }

  private async writeDocuments(
    index: SearchIndexName,
    generation: number,
    documents: SearchDocument[],
  ) {
    const analyzer = await this.analyzer()
    const t = tablesOf(index, generation)
    const columns = `id, external_id, kind, title, body, category_id, category_name, channels,
      owner_level, owner_code, owner_province, owner_city, overridden_in, published_at,
      title_tokens, body_tokens, title_pinyin`
    const row = `(${Array(17).fill('?').join(', ')})`
    // The previous batch is written while this one is analysed: the writer posts it at once.
    const { writer } = await this.init()
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
              sql: `INSERT INTO ${t.docs} (${columns}) VALUES ${chunk.map(() => row).join(', ')}
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
                this.noteLatinTerms(index, generation, titleTokens)
                this.noteLatinTerms(index, generation, bodyTokens)
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
                  analyzer.titlePinyin(doc.title).join(' '),
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
          statements.push(this.countStatement(index, generation, t))
        }
        await previous
        previous = writer.batch(statements)
      }
    } finally {
      // A batch still in flight settles before this call does, whatever stopped the loop.
      await previous
    }
  }

  private countStatement(index: SearchIndexName, generation: number, t: Tables): InStatement {
    return {
      sql: `UPDATE generations SET documents = (SELECT count(*) FROM ${t.docs}), version = version + 1
            WHERE index_name = ? AND generation = ?`,
      args: [index, generation],
    }
  }

  /** Writes go to every generation, so a rebuild under way misses nothing published meanwhile. */
  async upsert(index: SearchIndexName, documents: SearchDocument[]): Promise<void> {
    if (documents.length === 0) return
    for (const g of await this.generations(index)) {
      await this.writeDocuments(index, g.generation, documents)
    }
    await this.afterWrite(index)
  }

  /**
   * Searches here must see the write's new version (document frequencies are kept per version),
   * and a small index is merged into one segment a moment after a burst of writes: every write
   * adds a segment, and each query term is looked up in every segment.
   */
  private async afterWrite(index: SearchIndexName) {
    // A fresh read of the catalog, which also replaces this process's cached copy.
    for (const g of await this.generations(index)) {
      if (g.documents < OPTIMIZE_BELOW) this.scheduleOptimize(tablesOf(index, g.generation))
    }
  }

  private optimizeTimers = new Map<string, NodeJS.Timeout>()

  private scheduleOptimize(t: Tables) {
    if (this.optimizeTimers.has(t.fts)) return
    const timer = setTimeout(() => {
      this.optimizeTimers.delete(t.fts)
      // A rebuild may have dropped the generation meanwhile: nothing left to merge.
      this.optimize(t).catch(() => undefined)
    }, OPTIMIZE_DELAY_MS)
    timer.unref()
    this.optimizeTimers.set(t.fts, timer)
  }

  private async optimize(t: Tables) {
    await this.write([`INSERT INTO ${t.fts} (${t.fts}) VALUES ('optimize')`])
  }

  async delete(index: SearchIndexName, ids: string[]): Promise<void> {
    if (ids.length > 0) await this.deleteWhere(index, { ids })
  }

  async deleteWhere(index: SearchIndexName, filter: DocumentFilter): Promise<void> {
    const conditions: string[] = []
    const args: string[] = []
    if (filter.ownerCode !== undefined) {
      conditions.push('owner_code = ?')
      args.push(filter.ownerCode)
    }
    if (filter.ids !== undefined) {
      if (filter.ids.length === 0) return
      conditions.push(`id IN (${filter.ids.map(() => '?').join(', ')})`)
      args.push(...filter.ids)
    }
    if (conditions.length === 0) throw new Error('deleteWhere needs a filter')
    const where = conditions.join(' AND ')
    for (const g of await this.generations(index)) {
      const t = tablesOf(index, g.generation)
      await this.write([
        ...[t.fts, t.scope].map((table) => ({
          sql: `DELETE FROM ${table} WHERE rowid IN (SELECT rowid FROM ${t.docs} WHERE ${where})`,
          args,
        })),
        { sql: `DELETE FROM ${t.docs} WHERE ${where}`, args },
        this.countStatement(index, g.generation, t),
      ])
    }
    await this.afterWrite(index)
  }

  async rebuild(
    index: SearchIndexName,
    settings: SearchSettings,
    fill: (write: (documents: SearchDocument[]) => Promise<void>) => Promise<void>,
  ): Promise<void> {
    await this.init()
    await this.saveSettings(settings)
    // A rebuild that died half-way leaves a building generation: it is of no use to anyone.
    for (const g of await this.generations(index)) {
      if (g.state === 'building') await this.dropGeneration(index, g.generation)
    }
    const generation = await this.createGeneration(index, 'building')
    try {
      await fill((documents) => this.writeDocuments(index, generation, documents))
      // One segment: the index is read far more than it is written (≈2 s at 100k items).
      await this.optimize(tablesOf(index, generation))
    } catch (error) {
      await this.dropGeneration(index, generation)
      throw error
    }
    const previous = await this.live(index)
    await this.write([
      {
        sql: `UPDATE generations SET state = 'live' WHERE index_name = ? AND generation = ?`,
        args: [index, generation],
      },
      ...(previous
        ? [
            {
              sql: 'DELETE FROM generations WHERE index_name = ? AND generation = ?',
              args: [index, previous.generation],
            },
          ]
        : []),
    ])
    if (previous) await this.write(dropGenerationDdl(tablesOf(index, previous.generation)))
    // This process's searches (and their cached results) move to the new generation at once.
    await this.generations(index)
  }

  private async dropGeneration(index: SearchIndexName, generation: number) {
    await this.write([
      {
        sql: 'DELETE FROM generations WHERE index_name = ? AND generation = ?',
        args: [index, generation],
      },
      ...dropGenerationDdl(tablesOf(index, generation)),
    ])
  }

  async stats(index: SearchIndexName): Promise<IndexStats> {
    const live = await this.live(index)
    let bytes = 0
    for (const file of ['index.db', 'index.db-wal']) {
      try {
        bytes += statSync(path.join(this.directory, file)).size
      } catch {
        // no WAL file between checkpoints
      }
    }
    return { documents: live?.documents ?? 0, bytes }
  }

  /**
   * Latin terms of the index, for one-typo matching of words like `volte` and `esim`. Listing them
   * walks every Latin doclist, so the list is kept: this process adds what it writes, and re-reads
   * it in the background once a minute for what other processes wrote.
   */
  private async latinTerms(
    index: SearchIndexName,
    live: Generation,
    t: Tables,
  ): Promise<Set<string>> {
    const cached = this.latinVocab.get(index)
    if (cached?.generation === live.generation) {
      if (Date.now() - cached.at > LATIN_TERMS_TTL_MS && !cached.refreshing) {
        cached.refreshing = this.readLatinTerms(index, live.generation, t).catch(() => undefined)
      }
      return cached.terms
    }
    await this.readLatinTerms(index, live.generation, t)
    return this.latinVocab.get(index)!.terms
  }

  private async readLatinTerms(index: SearchIndexName, generation: number, t: Tables) {
    const at = Date.now()
    const rows = await this.read(`SELECT term FROM ${t.vocab} WHERE term >= 'a' AND term < '{'`)
    const terms = new Set(rows.map((r) => String(r.term)).filter(isLatinTerm))
    this.latinVocab.set(index, { generation, at, terms })
  }

  /** Keeps the cached Latin terms of a generation current with what this process writes. */
  private noteLatinTerms(index: SearchIndexName, generation: number, tokens: readonly string[]) {
    const cached = this.latinVocab.get(index)
    if (cached?.generation !== generation) return
    for (const token of tokens) if (isLatinTerm(token)) cached.terms.add(token)
  }

  /** Document frequencies per index, valid for one generation at one version (any write clears). */
  private frequencies = new Map<SearchIndexName, { key: string; df: Map<string, number> }>()

  private async documentFrequencies(
    index: SearchIndexName,
    live: Generation,
    t: Tables,
    tokens: string[],
  ): Promise<Map<string, number>> {
    const key = `${live.generation}:${live.version}`
    let cached = this.frequencies.get(index)
    if (cached?.key !== key || cached.df.size > DF_CACHE_SIZE) {
      cached = { key, df: new Map() }
      this.frequencies.set(index, cached)
    }
    const known = cached.df
    const pieces = new Map(tokens.map((token) => [token, ftsTokens(token)]))
    const unknown = [...new Set([...pieces.values()].flat())].filter((piece) => !known.has(piece))
    if (unknown.length > 0) {
      const rows = await this.read({
        sql: `SELECT term, doc FROM ${t.vocab} WHERE term IN (${unknown.map(() => '?').join(', ')})`,
        args: unknown,
      })
      for (const piece of unknown) known.set(piece, 0)
      for (const r of rows) known.set(String(r.term), Number(r.doc))
    }
    // A token FTS5 splits (`10%` → `10`, `wi-fi` → `wi fi`) is a phrase: at most its rarest piece.
    const df = new Map<string, number>()
    for (const [token, parts] of pieces) {
      const count = parts.length > 0 ? Math.min(...parts.map((part) => known.get(part) ?? 0)) : 0
      if (count > 0) df.set(token, count)
    }
    return df
  }

  /** Each query word and what may stand for it in a document, weighted by how sure we are. */
  private async alternatives(
    analyzer: Analyzer,
    query: AnalyzedQuery,
    index: SearchIndexName,
    live: Generation,
    t: Tables,
  ): Promise<RankedGroup[]> {
    const wordTokens = query.terms.flatMap((term) => [
      term.text,
      ...term.synonyms.flat(),
      ...analyzer.tokens(term.text),
    ])
    const df = await this.documentFrequencies(index, live, t, wordTokens)
    const perTerm: Alternative[][] = []
    for (const term of query.terms) {
      const alternatives: Alternative[] = [{ kind: 'words', tokens: [term.text], weight: 1 }]
      for (const synonym of term.synonyms)
        alternatives.push({ kind: 'words', tokens: synonym, weight: SYNONYM_WEIGHT.value })
      // A long word may be written apart in documents (工信部投诉 → 工信部 … 投诉).
      const parts = maximalParts(analyzer.tokens(term.text), term.text)
      if (parts.length > 1) {
        alternatives.push({ kind: 'words', tokens: parts, weight: df.get(term.text) ? 0.6 : 0.8 })
      }
      if (term.syllables.length > 0) {
        alternatives.push({ kind: 'syllables', syllables: term.syllables, weight: 0.7 })
      }
      if (term.latin && !df.get(term.text) && term.text.length >= 2) {
        if (/^[a-z]+$/.test(term.text))
          alternatives.push({ kind: 'pinyinPrefix', key: term.text, weight: 0.8 })
        if (term.text.length >= 4) {
          for (const known of await this.latinTerms(index, live, t)) {
            if (
              Math.abs(known.length - term.text.length) <= 1 &&
              distance(known, term.text) === 1
            ) {
              alternatives.push({ kind: 'words', tokens: [known], weight: 0.8 })
            }
          }
        }
      }
      perTerm.push(alternatives)
    }
    // The Latin terms a typo stands for count too: they are what its alternatives match.
    const singleTokens = perTerm
      .flat()
      .flatMap((a) => (a.kind === 'words' && a.tokens.length === 1 ? a.tokens : []))
    // Counts are cached per index version: only the corrections are new to this lookup.
    const counted = await this.documentFrequencies(index, live, t, singleTokens)
    const n = Math.max(1, live.documents)
    const idf = (count: number) => Math.log(1 + n / (1 + count))
    const groups: RankedGroup[] = []
    for (const [i, term] of query.terms.entries()) {
      const alternatives = perTerm[i]!
      // The typed word's own rarity; a word found nowhere (a typo, pinyin) is as specific as the
      // rarest alternative that stands for it.
      const own = counted.get(term.text) ?? 0
      const counts = alternatives
        .flatMap((a) =>
          a.kind === 'words' && a.tokens.length === 1 ? [counted.get(a.tokens[0]!) ?? 0] : [],
        )
        .filter((c) => c > 0)
      const rarity = own > 0 ? own : counts.length > 0 ? Math.min(...counts) : 0
      // Single characters say little on their own in Chinese.
      const specificity = isCjk(term.text) && term.text.length === 1 ? 0.3 : 1
      groups.push({
        alternatives,
        idf: idf(rarity) * specificity,
        documents: Math.max(own, ...counts),
      })
    }
    return groups
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    try {
      return await this.searchLive(request)
    } catch (error) {
      // Another process swapped in a rebuilt index since this one last read the catalog.
      if (!/no such table/.test(String(error))) throw error
      this.catalog.delete(request.index)
      return this.searchLive(request)
    }
  }

  /**
   * The best visible matches, at most MAX_CANDIDATES, with their text and bm25 (0 where unscored).
   * A ranked plan reads them in one statement: each statement is a round trip to the reader thread.
   */
  private async pickCandidates(
    t: Tables,
    plan: RetrievalPlan,
    request: SearchRequest,
  ): Promise<ThreadRow[]> {
    const alternatives = plan.groups.map((g) => g.alternatives)
    const { province, city } = request.reader
    const args = { province, city, channel: request.channel ?? null }
    const filters = [
      `(s.owner_level = 'hq'
        OR (s.owner_level = 'province' AND s.owner_province = :province)
        OR (s.owner_level = 'city' AND s.owner_city = :city))`,
      `(:province IS NULL OR instr(s.overridden_in, ' ' || :province || ' ') = 0)`,
      `(:city IS NULL OR instr(s.overridden_in, ' ' || :city || ' ') = 0)`,
    ]
    if (request.channel) filters.push(`instr(s.channels, ' ' || :channel || ' ') > 0`)
    const where = filters.join(' AND ')

    if (plan.kind === 'weighted') {
      const [title, body, pinyin] = BM25_WEIGHTS
      const arms = weightedArms(plan.groups, { title, body, pinyin })
      if (arms.length === 0) return []
      const lookups = arms
        .map(
          (arm, i) =>
            `SELECT rowid AS rid, ${arm.group} AS word, :s${i} AS s FROM ${t.fts} WHERE ${t.fts} MATCH :m${i}`,
        )
        .join(' UNION ALL ')
      const named = Object.fromEntries(
        arms.flatMap((arm, i) => [
          [`m${i}`, arm.match],
          [`s${i}`, arm.score],
        ]),
      )
      // Negated, the score reads like bm25 (lower is better) in the re-ranking.
      return this.read({
        sql: withText(
          t,
          `WITH matched AS (${lookups}),
             per_word AS (SELECT rid, max(s) AS s FROM matched GROUP BY rid, word),
             scored AS (SELECT rid, sum(s) AS s FROM per_word GROUP BY rid)
           SELECT s.rowid AS rid, -scored.s AS bm25
           FROM scored JOIN ${t.scope} s ON s.rowid = scored.rid
           WHERE ${where}
           ORDER BY scored.s DESC, s.rowid DESC LIMIT ${MAX_CANDIDATES}`,
        ),
        args: { ...args, ...named },
      })
    }

    if (plan.kind === 'bm25') {
      const match = matchExpression(alternatives)
      if (!match) return []
      // FTS5 ranks alone (its top-n path), then the visibility filter reads only those rows.
      return this.read({
        sql: withText(
          t,
          `WITH hits AS (
             SELECT rowid, rank FROM ${t.fts} WHERE ${t.fts} MATCH :match ORDER BY rank LIMIT ${FTS_TOP})
           SELECT s.rowid AS rid, hits.rank AS bm25
           FROM hits JOIN ${t.scope} s ON s.rowid = hits.rowid
           WHERE ${where}
           ORDER BY hits.rank LIMIT ${MAX_CANDIDATES}`,
        ),
        args: { ...args, match },
      })
    }

    // Unscored, newest first: FTS5 walks its doclists backwards and stops at the limit.
    const picked = new Set<number>()
    // A single word's title matches first; for several words, holding them all is specific enough
    // (a title-only walk would read every doclist to the end when few titles hold them all).
    const expressions = [
      ...(alternatives.length === 1 ? [matchExpression(alternatives, { columns: 'title' })] : []),
      matchExpression(alternatives, { every: true }),
      matchExpression(alternatives),
    ]
    for (const match of new Set(expressions)) {
      if (!match || picked.size >= MAX_CANDIDATES) continue
      const rows = await this.read({
        sql: `SELECT s.rowid AS rid FROM ${t.fts} f JOIN ${t.scope} s ON s.rowid = f.rowid
              WHERE ${t.fts} MATCH :match AND ${where}
              ORDER BY f.rowid DESC LIMIT ${MAX_CANDIDATES}`,
        args: { ...args, match },
      })
      for (const r of rows) {
        if (picked.size < MAX_CANDIDATES) picked.add(Number(r.rid))
      }
    }
    if (picked.size === 0) return []
    return this.read({
      sql: withText(t, `SELECT value AS rid, 0 AS bm25 FROM json_each(?)`),
      args: [JSON.stringify([...picked])],
    })
  }

  private async searchLive(request: SearchRequest): Promise<SearchResult> {
    const started = performance.now()
    const empty: SearchResult = { hits: [], total: 0, categoryFacets: {}, tookMs: 0 }
    const live = await this.live(request.index, false)
    const analyzer = await this.analyzer()
    if (!live) return { ...empty, tookMs: performance.now() - started }
    // Before the query's analysis: a cached answer needs none of it.
    const state: IndexState = { generation: live.generation, version: live.version, analyzer }
    const cached = this.results.get(state, request)
    if (cached) return { ...cached, tookMs: performance.now() - started }
    const query = analyzer.analyzeQuery(request.q)
    if (query.terms.length === 0) return { ...empty, tookMs: performance.now() - started }
    const t = tablesOf(request.index, live.generation)
    const groups = await this.alternatives(analyzer, query, request.index, live, t)
    const rows = await this.pickCandidates(t, retrievalPlan(groups, live.documents), request)
    const bestBm25 = Math.min(0, ...rows.map((r) => Number(r.bm25)))
    const queryBigrams = hanBigrams(query.terms.map((term) => term.text).join(''))
    const candidates = rows.map((r): CandidateText => ({
      titleTokens: spacedTokens(String(r.title_tokens)),
      bodyTokens: spacedTokens(String(r.body_tokens)),
      titlePinyin: ` ${String(r.title_pinyin)} `,
      titleText: compactText(String(r.title)),
      bodyText: compactText(String(r.body)),
      locality: r.owner_level === 'city' ? 2 : r.owner_level === 'province' ? 1 : 0,
      bm25: Number(r.bm25),
    }))
    const found = groupsFound(candidates, groups)
    const scored = candidates.map((candidate, i) => ({
      row: rows[i]!,
      score: relevance(candidate, found, query.phrase, queryBigrams, bestBm25),
    }))
    scored.sort((a, b) => b.score - a.score)
    const floor = (scored[0]?.score ?? 0) * RELATIVE_SCORE_FLOOR
    const relevant = scored.filter((s) => s.score >= floor)
    const categoryFacets: Record<string, number> = {}
    for (const { row } of relevant) {
      if (row.category_id != null) {
        const key = String(row.category_id)
        categoryFacets[key] = (categoryFacets[key] ?? 0) + 1
      }
    }
    // Facets count every category; the category filter narrows the hits only.
    const inCategory = request.categoryId
      ? relevant.filter((s) => String(s.row.category_id) === request.categoryId)
      : relevant
    const terms = analyzer.highlightTerms(query)
    const hits: SearchHit[] = inCategory
      .slice(request.offset, request.offset + request.limit)
      .map(({ row, score }) => ({
        id: String(row.id),
        externalId: row.external_id == null ? null : String(row.external_id),
        title: String(row.title),
        titleHighlighted: highlight(String(row.title), terms),
        snippet: snippet(String(row.body), terms),
        categoryId: row.category_id == null ? null : String(row.category_id),
        categoryName: row.category_name == null ? null : String(row.category_name),
        ownerLevel: row.owner_level as SearchHit['ownerLevel'],
        ownerCode: String(row.owner_code),
        kind: String(row.kind),
        score: Math.round(score * 1000) / 1000,
      }))
    const result = { hits, total: inCategory.length, categoryFacets, tookMs: 0 }
    this.results.set(state, request, result)
    return { ...result, tookMs: performance.now() - started }
  }

  async close(): Promise<void> {
    for (const timer of this.optimizeTimers.values()) clearTimeout(timer)
    this.optimizeTimers.clear()
    const connections = await this.ready?.catch(() => null)
    this.ready = null
    await Promise.all([connections?.writer.close(), connections?.reader.close()])
  }
}
