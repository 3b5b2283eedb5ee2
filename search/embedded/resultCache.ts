import { LRUCache } from 'lru-cache'

import type { Analyzer } from '../text/analyzer'
import type { SearchRequest, SearchResult } from '../types'
import { MAX_RESULTS } from './tuning'

/** What a result was computed from: one version of the index's live generation, one glossary. */
export type IndexState = { generation: number; version: number; analyzer: Analyzer }

/**
 * Finished search results, each valid for the index state it was computed on. Every write to an
 * index bumps its version (and a rebuild or a glossary change makes a new generation or analyzer),
 * so a result is never served once anything it could depend on has changed: its key no longer
 * comes up, and it ages out. The state comes from the engine's catalog, which another process's
 * writes reach within the catalog's refresh time, as they reach every search.
 */
export class ResultCache {
  private readonly results = new LRUCache<string, SearchResult>({ max: MAX_RESULTS })
  /** An id per analyzer: a glossary change makes a new one. */
  private readonly analyzers = new WeakMap<Analyzer, number>()
  private nextAnalyzerId = 0

  private key(state: IndexState, request: SearchRequest): string {
    let analyzerId = this.analyzers.get(state.analyzer)
    if (analyzerId === undefined) {
      analyzerId = this.nextAnalyzerId++
      this.analyzers.set(state.analyzer, analyzerId)
    }
    // The whole request: reader area, channel, category and page all decide what is in a result.
    return `${state.generation}:${state.version}:${analyzerId}:${JSON.stringify(request)}`
  }

  get(state: IndexState, request: SearchRequest): SearchResult | undefined {
    return this.results.get(this.key(state, request))
  }

  /** The result is frozen: it is shared by every search that asks the same. */
  set(state: IndexState, request: SearchRequest, result: SearchResult): void {
    result.hits.forEach((hit) => Object.freeze(hit))
    Object.freeze(result.hits)
    Object.freeze(result.categoryFacets)
    this.results.set(this.key(state, request), Object.freeze(result))
  }
}
