/**
 * Meilisearch filter expressions. The visibility rule is applied here, inside the engine, so a page
 * of hits and its totals and facets only ever count what the reader may see.
 */
import { type OwnerClause, type ReaderArea, readerVisibility } from '@/domain/visibility'
import type { DocumentFilter, SearchRequest } from '../types'

/**
 * A double-quoted filter value. Meilisearch unescapes `\"` and then backslash escapes (`\\` → `\`),
 * so backslashes are doubled first, then quotes escaped.
 */
export const quoteValue = (value: string): string =>
  `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`

const eq = (field: string, value: string) => `${field} = ${quoteValue(value)}`

const and = (parts: readonly string[]) => parts.map((p) => `(${p})`).join(' AND ')

/** The attributes an owner clause is matched on. */
const OWNER_ATTRIBUTE = { province: 'ownerProvince', city: 'ownerCity' } as const

const ownerFilter = (clause: OwnerClause) =>
  clause.level === 'hq'
    ? eq('ownerLevel', clause.level)
    : `${eq('ownerLevel', clause.level)} AND ${eq(OWNER_ATTRIBUTE[clause.level], clause.code)}`

/** The visibility rule (src/domain/visibility.ts) for `reader`, as a filter expression. */
export function visibilityFilter(reader: ReaderArea): string {
  const { owners, hiddenIn } = readerVisibility(reader)
  const ownerPart = owners.map((o) => `(${ownerFilter(o)})`).join(' OR ')
  if (hiddenIn.length === 0) return ownerPart
  // On an array field `IN` matches when any element is listed, so NOT keeps items with none.
  return and([ownerPart, `NOT overriddenIn IN [${hiddenIn.map(quoteValue).join(', ')}]`])
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
