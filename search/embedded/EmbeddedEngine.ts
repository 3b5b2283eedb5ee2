import type {
  DocumentFilter,
  IndexStats,
  SearchDocument,
  SearchEngine,
  SearchIndexName,
  SearchRequest,
  SearchResult,
  SearchSettings,
} from '../types'
import { SEARCH_INDEXES } from '../types'
import { pickCandidates } from './candidates'
import { Catalog } from './catalog'
import { IndexConnections } from './connections'
import { DocumentFrequencies } from './documentFrequencies'
import { DocumentWriter, filterSql } from './documentWriter'
import { GlossarySettings } from './glossarySettings'
import { resultOf } from './hits'
import { LatinTerms } from './latinTerms'
import { Merges } from './merges'
import { QueryExpansion } from './queryExpansion'
import { rerank } from './rerank'
import { type IndexState, ResultCache } from './resultCache'
import { retrievalPlan } from './retrievalPlan'
import { tablesOf } from './schema'

/**
 * The embedded engine: SQLite FTS5 in its own file, text segmented by jieba (with the glossary as
 * user dictionary) before it reaches FTS5, so FTS5's tokenizer only splits on the spaces we put in.
 * This class puts the parts together (see search/README.md): writes go to every generation of an
 * index, searches read its live one.
 */
export class EmbeddedEngine implements SearchEngine {
  readonly name = 'embedded' as const
  private readonly connections: IndexConnections
  private readonly catalog: Catalog
  private readonly glossary: GlossarySettings
  private readonly latinTerms: LatinTerms
  private readonly writer: DocumentWriter
  private readonly merges: Merges
  private readonly expansion: QueryExpansion
  /** Answers to repeated searches, until the index or the glossary changes. */
  private readonly results = new ResultCache()

  constructor(directory: string) {
    this.connections = new IndexConnections(directory)
    this.catalog = new Catalog(this.connections)
    this.glossary = new GlossarySettings(this.connections)
    this.latinTerms = new LatinTerms(this.connections)
    this.writer = new DocumentWriter(this.connections, this.glossary, this.latinTerms)
    this.merges = new Merges(this.connections)
    this.expansion = new QueryExpansion(new DocumentFrequencies(this.connections), this.latinTerms)
  }

  async ensureIndexes(settings: SearchSettings): Promise<void> {
    await this.connections.open()
    await this.glossary.save(settings)
    for (const index of SEARCH_INDEXES) {
      if (!(await this.catalog.live(index))) await this.catalog.create(index, 'live')
    }
  }

  /** Writes go to every generation, so a rebuild under way misses nothing published meanwhile. */
  async upsert(index: SearchIndexName, documents: SearchDocument[]): Promise<void> {
    if (documents.length === 0) return
    for (const g of await this.catalog.generations(index)) {
      await this.writer.write(index, g.generation, documents)
    }
    await this.afterWrite(index)
  }

  async delete(index: SearchIndexName, ids: string[]): Promise<void> {
    if (ids.length > 0) await this.deleteWhere(index, { ids })
  }

  async deleteWhere(index: SearchIndexName, filter: DocumentFilter): Promise<void> {
    const selected = filterSql(filter)
    if (!selected) return
    for (const g of await this.catalog.generations(index)) {
      await this.writer.remove(index, g.generation, selected)
    }
    await this.afterWrite(index)
  }

  /**
   * Searches here must see the write's new version (document frequencies and cached results are
   * kept per version), and a small index is merged a moment after a burst of writes.
   */
  private async afterWrite(index: SearchIndexName) {
    // A fresh read of the catalog, which also replaces this process's cached copy.
    this.merges.afterWrite(index, await this.catalog.generations(index))
  }

  async rebuild(
    index: SearchIndexName,
    settings: SearchSettings,
    fill: (write: (documents: SearchDocument[]) => Promise<void>) => Promise<void>,
  ): Promise<void> {
    await this.connections.open()
    await this.glossary.save(settings)
    // A rebuild that died half-way leaves a building generation: it is of no use to anyone.
    for (const g of await this.catalog.generations(index)) {
      if (g.state === 'building') await this.catalog.drop(index, g.generation)
    }
    const generation = await this.catalog.create(index, 'building')
    try {
      await fill((documents) => this.writer.write(index, generation, documents))
      // One segment: the index is read far more than it is written.
      await this.merges.now(tablesOf(index, generation))
    } catch (error) {
      await this.catalog.drop(index, generation)
      throw error
    }
    await this.catalog.promote(index, generation)
  }

  async stats(index: SearchIndexName): Promise<IndexStats> {
    await this.connections.assertFileInPlace()
    const live = await this.catalog.live(index)
    return { documents: live?.documents ?? 0, bytes: this.connections.bytes() }
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    try {
      return await this.searchLive(request)
    } catch (error) {
      // Another process swapped in a rebuilt index since this one last read the catalog.
      if (!/no such table/.test(String(error))) throw error
      this.catalog.forget(request.index)
      return this.searchLive(request)
    }
  }

  private async searchLive(request: SearchRequest): Promise<SearchResult> {
    const started = performance.now()
    const empty: SearchResult = { hits: [], total: 0, categoryFacets: {}, tookMs: 0 }
    const live = await this.catalog.live(request.index, false)
    const analyzer = await this.glossary.analyzer()
    if (!live) return { ...empty, tookMs: performance.now() - started }
    // Before the query's analysis: a cached answer needs none of it.
    const state: IndexState = { generation: live.generation, version: live.version, analyzer }
    const cached = this.results.get(state, request)
    if (cached) return { ...cached, tookMs: performance.now() - started }
    const query = analyzer.analyzeQuery(request.q)
    if (query.terms.length === 0) return { ...empty, tookMs: performance.now() - started }
    const t = tablesOf(request.index, live.generation)
    const groups = await this.expansion.groups(analyzer, query, request.index, live, t)
    const plan = retrievalPlan(groups, live.documents)
    const rows = await pickCandidates(this.connections, t, plan, request)
    const result = resultOf(rerank(rows, groups, query), request, analyzer.highlightTerms(query))
    this.results.set(state, request, result)
    return { ...result, tookMs: performance.now() - started }
  }

  async close(): Promise<void> {
    this.merges.stop()
    await this.connections.close()
  }
}
