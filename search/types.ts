/**
 * The search port. Two adapters implement it (embedded SQLite FTS5, Meilisearch) and pass one
 * contract suite (test/integration/search/contract.test.ts).
 */
import type { Channel } from '@/domain/channels'
import type { ReaderArea } from '@/domain/visibility'

/** The two indexes: the public one (online hall and kiosk) and the agents' one. */
export const SEARCH_INDEXES = ['online_hall', 'agent_kb'] as const
export type SearchIndexName = (typeof SEARCH_INDEXES)[number]

/** Which index serves a channel: public channels share the public index, filtered by channel. */
export const indexForChannel = (channel: Channel): SearchIndexName =>
  channel === 'agent_kb' ? 'agent_kb' : 'online_hall'

/** One published knowledge item as an index holds it: text for that index's audience, plus filters. */
export type SearchDocument = {
  /** Payload id. */
  id: string
  /** Id in the system it was imported from, if any. */
  externalId: string | null
  kind: string
  title: string
  /** Plain text of summary and body, rendered for the index's audience (no 内部口径 in public). */
  body: string
  categoryId: string | null
  categoryName: string | null
  /** ASCII keys only: filter values stay ASCII for Meilisearch. */
  channels: Channel[]
  ownerLevel: 'hq' | 'province' | 'city'
  ownerCode: string
  ownerProvince: string | null
  ownerCity: string | null
  /** Units where a published local variant replaces this item. */
  overriddenIn: string[]
  /** Epoch ms of the live version's publication. */
  publishedAt: number
}

/** Glossary entries as search uses them. */
export type GlossaryEntry = { term: string; synonyms: string[] }

export type SearchSettings = { glossary: GlossaryEntry[] }

export type SearchRequest = {
  index: SearchIndexName
  q: string
  /** The reader's area: the visibility rule is applied inside the engine, never after it. */
  reader: ReaderArea
  /** Narrow to one channel of the index (e.g. self_service inside the public index). */
  channel?: Channel
  categoryId?: string
  limit: number
  offset: number
}

export type SearchHit = {
  id: string
  externalId: string | null
  title: string
  /** Title with matches wrapped in <mark>…</mark>; the rest HTML-escaped. */
  titleHighlighted: string
  /** A window of the body around the matches, marked the same way. */
  snippet: string
  categoryId: string | null
  categoryName: string | null
  ownerLevel: SearchDocument['ownerLevel']
  ownerCode: string
  kind: string
  score: number
}

export type SearchResult = {
  hits: SearchHit[]
  /** Visible matches in all (for paging). */
  total: number
  /** Visible matches per category id, over all matches, not just this page. */
  categoryFacets: Record<string, number>
  tookMs: number
}

export type IndexStats = { documents: number; bytes: number | null }

/** Which documents `deleteWhere` removes. */
export type DocumentFilter = { ownerCode?: string; ids?: string[] }

export interface SearchEngine {
  readonly name: 'embedded' | 'meilisearch'
  /** Create indexes if missing and apply settings (glossary dictionary and synonyms). */
  ensureIndexes(settings: SearchSettings): Promise<void>
  upsert(index: SearchIndexName, documents: SearchDocument[]): Promise<void>
  delete(index: SearchIndexName, ids: string[]): Promise<void>
  deleteWhere(index: SearchIndexName, filter: DocumentFilter): Promise<void>
  search(request: SearchRequest): Promise<SearchResult>
  stats(index: SearchIndexName): Promise<IndexStats>
  /**
   * Rebuild an index from scratch without a gap for searchers: `fill` writes into a fresh index,
   * which then replaces the live one (Meilisearch: swapIndexes).
   */
  rebuild(
    index: SearchIndexName,
    settings: SearchSettings,
    fill: (write: (documents: SearchDocument[]) => Promise<void>) => Promise<void>,
  ): Promise<void>
  close(): Promise<void>
}
