/**
 * The Meilisearch adapter of the search port. Meilisearch queues every write as a task; a task that
 * fails still "completes", so each one is awaited and its status checked before a call returns.
 */
import {
  ErrorStatusCode,
  type EnqueuedTaskPromise,
  type Index,
  type IndexSwap,
  Meilisearch,
  MeilisearchApiError,
  type MultiSearchParams,
  type MultiSearchQuery,
  type Task,
} from 'meilisearch'

import { type Analyzer, analyzerFor } from '../text/analyzer'
import { highlight, snippet } from '../text/highlight'
import {
  SEARCH_INDEXES,
  type DocumentFilter,
  type IndexStats,
  type SearchDocument,
  type SearchEngine,
  type SearchHit,
  type SearchIndexName,
  type SearchRequest,
  type SearchResult,
  type SearchSettings,
} from '../types'
import { type MeiliDocument, toMeiliDocument, toMeiliQuery } from './documents'
import { documentFilter, searchFilter } from './filter'
import { indexSettings, settingsDiffer } from './settings'

export type MeilisearchEngineOptions = {
  url: string
  apiKey?: string
  /** Prepended to every index uid: several deployments or test runs can share one server. */
  indexPrefix?: string
  /** How long to wait for one task; settings changes reindex everything and can take minutes. */
  taskTimeoutMs?: number
}

const BATCH_SIZE = 1000

const RETRIEVED: Array<keyof SearchDocument> = [
  'id',
  'externalId',
  'kind',
  'title',
  'body',
  'categoryId',
  'categoryName',
  'ownerLevel',
  'ownerCode',
]

/** Throws unless the task succeeded (or failed only with one of the `tolerated` error codes). */
export function assertSucceeded(task: Task, what: string, tolerated: readonly string[] = []): Task {
  if (task.status === 'succeeded') return task
  if (task.error && tolerated.includes(task.error.code)) return task
  const reason = task.error ? `${task.error.message} (${task.error.code})` : 'no error reported'
  throw new Error(`Meilisearch: ${what} — task ${task.uid} ${task.status}: ${reason}`)
}

const isIndexNotFound = (error: unknown) =>
  error instanceof MeilisearchApiError && error.cause?.code === ErrorStatusCode.INDEX_NOT_FOUND

export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const
  private readonly client: Meilisearch
  private readonly prefix: string
  /**
   * Built from the glossary the indexes were last set up with (queries must be cut like the
   * documents); an empty glossary until ensureIndexes or rebuild says otherwise.
   */
  private glossaryAnalyzer: Analyzer | null = null

  constructor(options: MeilisearchEngineOptions) {
    this.client = new Meilisearch({
      host: options.url,
      apiKey: options.apiKey,
      defaultWaitOptions: { timeout: options.taskTimeoutMs ?? 10 * 60_000, interval: 100 },
    })
    this.prefix = options.indexPrefix ?? 'kb_'
  }

  private uid(index: SearchIndexName): string {
    return `${this.prefix}${index}`
  }

  private get analyzer(): Analyzer {
    return (this.glossaryAnalyzer ??= analyzerFor([]))
  }

  private async run(enqueued: EnqueuedTaskPromise, what: string, tolerated: string[] = []) {
    return assertSucceeded(await enqueued.waitTask(), what, tolerated)
  }

  private async exists(uid: string): Promise<boolean> {
    try {
      await this.client.getRawIndex(uid)
      return true
    } catch (error) {
      if (isIndexNotFound(error)) return false
      throw error
    }
  }

  /** Creates the index unless it exists; another process creating it at the same time is fine. */
  private async createIfMissing(uid: string): Promise<void> {
    if (await this.exists(uid)) return
    await this.run(this.client.createIndex(uid, { primaryKey: 'id' }), `create index ${uid}`, [
      ErrorStatusCode.INDEX_ALREADY_EXISTS,
    ])
  }

  private async applySettings(uid: string, settings: SearchSettings): Promise<void> {
    const index = this.client.index(uid)
    const wanted = indexSettings(settings)
    // An unchanged PATCH is cheap, but a needless one still queues behind document writes.
    if (!settingsDiffer(wanted, await index.getSettings())) return
    await this.run(index.updateSettings(wanted), `update settings of ${uid}`)
  }

  async ensureIndexes(settings: SearchSettings): Promise<void> {
    for (const name of SEARCH_INDEXES) {
      const uid = this.uid(name)
      await this.createIfMissing(uid)
      await this.applySettings(uid, settings)
    }
    this.glossaryAnalyzer = analyzerFor(settings.glossary)
  }

  private async write(
    index: Index<MeiliDocument>,
    documents: SearchDocument[],
    analyzer: Analyzer,
  ): Promise<void> {
    if (documents.length === 0) return
    // Enqueue every batch first so Meilisearch can process them together, then check each one.
    const enqueued: EnqueuedTaskPromise[] = []
    for (let i = 0; i < documents.length; i += BATCH_SIZE) {
      const batch = documents.slice(i, i + BATCH_SIZE).map((d) => toMeiliDocument(d, analyzer))
      const task = index.addDocuments(batch, { primaryKey: 'id' })
      // A refused request (bad key, payload too large) stops here, before more are sent.
      await task
      enqueued.push(task)
    }
    for (const task of enqueued) await this.run(task, `add documents to ${index.uid}`)
  }

  /**
   * The live index and any rebuild under way (by this or another process): a write must reach
   * both, or the swap would bring back what was deleted and drop what changed meanwhile.
   */
  private async targets(index: SearchIndexName): Promise<string[]> {
    const live = this.uid(index)
    const { results } = await this.client.getRawIndexes({ limit: 1000 })
    return [live, ...results.map((r) => r.uid).filter((uid) => uid.startsWith(`${live}_rebuild_`))]
  }

  async upsert(index: SearchIndexName, documents: SearchDocument[]): Promise<void> {
    for (const uid of await this.targets(index)) {
      await this.write(this.client.index<MeiliDocument>(uid), documents, this.analyzer)
    }
  }

  async delete(index: SearchIndexName, ids: string[]): Promise<void> {
    if (ids.length === 0) return
    for (const uid of await this.targets(index)) {
      await this.run(this.client.index(uid).deleteDocuments(ids), `delete documents from ${uid}`)
    }
  }

  async deleteWhere(index: SearchIndexName, filter: DocumentFilter): Promise<void> {
    const expression = documentFilter(filter)
    if (expression === null) return
    for (const uid of await this.targets(index)) {
      await this.run(
        this.client.index(uid).deleteDocuments({ filter: expression }),
        `delete documents by filter from ${uid}`,
      )
    }
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    const analyzer = this.analyzer
    const query = analyzer.analyzeQuery(request.q)
    // Like the embedded engine: no words, no hits (Meilisearch would list the whole index).
    if (query.terms.length === 0) return { hits: [], total: 0, categoryFacets: {}, tookMs: 0 }
    const indexUid = this.uid(request.index)
    const q = toMeiliQuery(request.q, analyzer)
    const common = {
      indexUid,
      q,
      locales: ['cmn'],
      // When not all words match, drop the commonest first, not the last typed (often the topic).
      matchingStrategy: 'frequency',
    } satisfies MultiSearchQuery
    const queries: MultiSearchQuery[] = [
      {
        ...common,
        filter: searchFilter(request),
        facets: ['categoryId'],
        limit: request.limit,
        offset: request.offset,
        attributesToRetrieve: RETRIEVED,
        showRankingScore: true,
      },
    ]
    // Facets count every category of the matches; the category narrows the hits only.
    if (request.categoryId) {
      queries.push({
        ...common,
        filter: searchFilter({ ...request, categoryId: undefined }),
        facets: ['categoryId'],
        limit: 0,
      })
    }
    const { results } = await this.client.multiSearch<MultiSearchParams, MeiliDocument>({
      queries,
    })
    const main = results[0]
    if (!main) throw new Error(`Meilisearch: no search result from ${indexUid}`)
    const facets = results[1] ?? main
    // Meilisearch's _formatted does not escape HTML: mark our own escaped copies instead.
    const terms = analyzer.highlightTerms(query)
    const hits = main.hits.map((hit): SearchHit => ({
      id: hit.id,
      externalId: hit.externalId ?? null,
      title: hit.title,
      titleHighlighted: highlight(hit.title, terms),
      snippet: snippet(hit.body ?? '', terms),
      categoryId: hit.categoryId ?? null,
      categoryName: hit.categoryName ?? null,
      ownerLevel: hit.ownerLevel,
      ownerCode: hit.ownerCode,
      kind: hit.kind,
      score: hit._rankingScore ?? 0,
    }))
    return {
      hits,
      total: main.estimatedTotalHits ?? main.totalHits ?? hits.length,
      categoryFacets: { ...facets.facetDistribution?.categoryId },
      tookMs: main.processingTimeMs + (results[1]?.processingTimeMs ?? 0),
    }
  }

  async stats(index: SearchIndexName): Promise<IndexStats> {
    // The same per-index object as client.getStats().indexes[uid], without every other index's.
    let stats: Awaited<ReturnType<Index['getStats']>>
    try {
      stats = await this.client.index(this.uid(index)).getStats()
    } catch (error) {
      if (isIndexNotFound(error)) return { documents: 0, bytes: null }
      throw error
    }
    // Only recent servers report it.
    const bytes = (stats as { rawDocumentDbSize?: unknown }).rawDocumentDbSize
    return {
      documents: stats.numberOfDocuments,
      bytes: typeof bytes === 'number' ? bytes : null,
    }
  }

  async rebuild(
    index: SearchIndexName,
    settings: SearchSettings,
    fill: (write: (documents: SearchDocument[]) => Promise<void>) => Promise<void>,
  ): Promise<void> {
    const live = this.uid(index)
    const temp = `${live}_rebuild_${Date.now()}`
    // The new index is cut with the new glossary; searches keep the old one until the swap.
    const analyzer = analyzerFor(settings.glossary)
    await this.run(this.client.createIndex(temp, { primaryKey: 'id' }), `create index ${temp}`)
    let failed = false
    try {
      await this.run(
        this.client.index(temp).updateSettings(indexSettings(settings)),
        `update settings of ${temp}`,
      )
      const target = this.client.index<MeiliDocument>(temp)
      await fill((documents) => this.write(target, documents, analyzer))
      await this.createIfMissing(live)
      await this.run(
        // `rename` left out: it defaults to a swap, and servers before 1.18 reject the field.
        this.client.swapIndexes([{ indexes: [live, temp] } as IndexSwap]),
        `swap ${live} with ${temp}`,
      )
      this.glossaryAnalyzer = analyzer
    } catch (error) {
      failed = true
      throw error
    } finally {
      // After the swap `temp` holds the old documents; after a failure, a half-filled index.
      try {
        await this.run(this.client.deleteIndex(temp), `delete index ${temp}`)
      } catch (cleanup) {
        // The first failure is the one worth reporting; a leftover index is only clutter.
        if (!failed) throw cleanup
      }
    }
  }

  async close(): Promise<void> {
    // The client keeps no connection open: each request is a plain fetch.
  }
}
