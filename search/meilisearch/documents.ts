/**
 * SearchDocument ↔ Meilisearch document. Meilisearch's own Chinese segmentation yields one split
 * per text and matches a query word only as a prefix of those segments, so 转网 would never find
 * 携号转网. jieba's search mode (long words plus their parts) is written next to the text and used
 * on the query too, so both sides hold the same words.
 */
import type { Analyzer } from '../text/analyzer'
import type { SearchDocument } from '../types'

export type MeiliDocument = SearchDocument & {
  /** jieba search-mode tokens of the title, space separated. */
  titleTokens: string
  bodyTokens: string
}

/** Payload ids (UUIDs, or numbers as strings) are valid Meilisearch ids: no mapping needed. */
export function toMeiliDocument(doc: SearchDocument, analyzer: Analyzer): MeiliDocument {
  return {
    ...doc,
    titleTokens: analyzer.tokens(doc.title).join(' '),
    bodyTokens: analyzer.tokens(doc.body).join(' '),
  }
}

/**
 * The query as Meilisearch gets it: the user's words without stopwords ("怎么", "吗"), each as its
 * search-mode tokens, as in `titleTokens`. Falls back to all tokens when only stopwords were typed.
 */
export function toMeiliQuery(q: string, analyzer: Analyzer): string {
  const words = analyzer.analyzeQuery(q).terms.flatMap((term) => analyzer.tokens(term.text))
  const tokens = words.length > 0 ? words : analyzer.tokens(q)
  return [...new Set(tokens)].join(' ')
}
