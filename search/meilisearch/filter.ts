/**
 * Meilisearch filter expressions. The visibility rule is applied here, inside the engine, so a page
 * of hits and its totals and facets only ever count what the reader may see.
 */
import type { ReaderArea } from '@/domain/visibility'
import type { DocumentFilter, SearchRequest } from '../types'

/**
 * A double-quoted filter value. Meilisearch unescapes `\"` and then backslash escapes (`\\` → `\`),
 * so backslashes are doubled first, then quotes escaped.
 */
export const quoteValue = (value: string): string =>
  `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`

const eq = (field: string, value: string) => `${field} = ${quoteValue(value)}`

const and = (parts: readonly string[]) => parts.map((p) => `(${p})`).join(' AND ')

/**
 * DESIGN's rule: HQ items, the reader's province's, the reader's city's — unless a variant is
 * published in the reader's province or city (`overriddenIn` holds those unit codes).
 */
export function visibilityFilter(reader: ReaderArea): string {
  const owners = [eq('ownerLevel', 'hq')]
  if (reader.province !== null) {
    owners.push(`${eq('ownerLevel', 'province')} AND ${eq('ownerProvince', reader.province)}`)
  }
  if (reader.city !== null) {
    owners.push(`${eq('ownerLevel', 'city')} AND ${eq('ownerCity', reader.city)}`)
  }
  const ownerPart = owners.map((o) => `(${o})`).join(' OR ')
  const units = [reader.province, reader.city].filter((u): u is string => u !== null)
  // An HQ reader has no unit a variant could be published in: nothing is hidden from it.
  if (units.length === 0) return ownerPart
  // On an array field `IN` matches when any element is listed, so NOT keeps items with none.
  return and([ownerPart, `NOT overriddenIn IN [${units.map(quoteValue).join(', ')}]`])
}

/** Visibility, then the optional channel and category narrowing. */
export function searchFilter(request: SearchRequest): string {
  const parts = [visibilityFilter(request.reader)]
  if (request.channel) parts.push(eq('channels', request.channel))
  if (request.categoryId) parts.push(eq('categoryId', request.categoryId))
  return and(parts)
}

/**
 * Which documents `deleteWhere` removes, or null when it removes none (`ids: []`). A filter with
 * no condition at all is refused: deleting a whole index goes through `rebuild`, never by accident.
 */
export function documentFilter(filter: DocumentFilter): string | null {
  const parts: string[] = []
  if (filter.ownerCode !== undefined) parts.push(eq('ownerCode', filter.ownerCode))
  if (filter.ids !== undefined) {
    if (filter.ids.length === 0) return null
    parts.push(`id IN [${filter.ids.map(quoteValue).join(', ')}]`)
  }
  if (parts.length === 0) throw new Error('deleteWhere needs ownerCode or ids')
  return and(parts)
}
