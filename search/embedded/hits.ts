import { highlight, snippet } from '../text/highlight'
import type { SearchHit, SearchRequest, SearchResult } from '../types'
import type { ScoredRow } from './rerank'

/** A re-ranked row as a hit, its title and snippet marked with the query's `terms`. */
const hitOf = ({ row, score }: ScoredRow, terms: readonly string[]): SearchHit => ({
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
})

/**
 * The result for `request` from the re-ranked candidates: category facets over all of them, then
 * the category filter and the page (facets count every category; the filter narrows the hits).
 */
export function resultOf(
  relevant: readonly ScoredRow[],
  request: SearchRequest,
  terms: readonly string[],
): SearchResult {
  const categoryFacets: Record<string, number> = {}
  for (const { row } of relevant) {
    if (row.category_id != null) {
      const key = String(row.category_id)
      categoryFacets[key] = (categoryFacets[key] ?? 0) + 1
    }
  }
  const inCategory = request.categoryId
    ? relevant.filter((s) => String(s.row.category_id) === request.categoryId)
    : relevant
  const hits = inCategory
    .slice(request.offset, request.offset + request.limit)
    .map((scored) => hitOf(scored, terms))
  return { hits, total: inCategory.length, categoryFacets, tookMs: 0 }
}
