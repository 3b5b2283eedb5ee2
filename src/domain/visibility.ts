/**
 * DESIGN.md's visibility rule, the one rule every reader path uses (access control, search
 * filters, public pages): an item owned by unit U is visible to a reader at (province P, city C)
 * when U is HQ, or U is province P, or U is city C — and no published local variant of it
 * (an item whose `overrides` points at it) is visible to that reader.
 *
 * It is stated once, as data (`readerVisibility`); `visibleTo` reads it for one item, and each
 * query form renders it into its own language without deciding anything itself: a Payload `Where`
 * (access/knowledge.ts), SQL on the embedded index's `scope` (search/embedded/candidates.ts) and a
 * Meilisearch filter (search/meilisearch/filter.ts).
 */
import type { OrgScope } from './orgTree'

/** Where a reader stands: an HQ reader has neither province nor city. */
export type ReaderArea = { province: string | null; city: string | null }

/**
 * One kind of owner a reader accepts: HQ, or the unit of a tier below it named by its code
 * (matched against the owner's province for a province, its city for a city).
 */
export type OwnerClause = { level: 'hq' } | { level: 'province' | 'city'; code: string }

/** The rule for one reader: the owner matches one of `owners`, and `overriddenIn` holds none of `hiddenIn`. */
export type ReaderVisibility = {
  owners: readonly OwnerClause[]
  /** Units whose published variants hide an item from this reader. */
  hiddenIn: readonly string[]
}

/**
 * The rule for a reader at (P, C): owners HQ, province P, city C; hidden by variants published
 * at P or C. An empty code counts as none (no unit has one), so no form ever matches on `''`.
 */
export function readerVisibility(reader: ReaderArea): ReaderVisibility {
  const owners: OwnerClause[] = [{ level: 'hq' }]
  if (reader.province) owners.push({ level: 'province', code: reader.province })
  if (reader.city) owners.push({ level: 'city', code: reader.city })
  return {
    owners,
    hiddenIn: [reader.province, reader.city].filter((code): code is string => Boolean(code)),
  }
}

const ownerMatches = (clause: OwnerClause, owner: OrgScope) =>
  clause.level === owner.level && (clause.level === 'hq' || owner[clause.level] === clause.code)

/** The owner part of the rule, without overrides. */
export const ownerVisibleTo = (owner: OrgScope, reader: ReaderArea): boolean =>
  readerVisibility(reader).owners.some((clause) => ownerMatches(clause, owner))

/**
 * Codes of the units where a published variant replaces an item (stored on the item as
 * `overriddenIn`, so queries and search filters need no join).
 */
export function overriddenIn(variantOwners: readonly OrgScope[]): string[] {
  return [...new Set(variantOwners.map((owner) => owner.code))].sort()
}

/** Whether a variant published at any of `overriddenInUnits` hides the item from this reader. */
export const hiddenByVariant = (
  overriddenInUnits: readonly string[],
  reader: ReaderArea,
): boolean => readerVisibility(reader).hiddenIn.some((code) => overriddenInUnits.includes(code))

/** The whole rule for one item. */
export function visibleTo(
  item: { owner: OrgScope; overriddenIn: readonly string[] },
  reader: ReaderArea,
): boolean {
  return ownerVisibleTo(item.owner, reader) && !hiddenByVariant(item.overriddenIn, reader)
}

/**
 * Whether an item owned by `variant` may localise one owned by `original`: a province localises
 * HQ items, a city HQ items or its own province's. Never sideways, never across provinces.
 */
export function mayLocalise(variant: OrgScope, original: OrgScope): boolean {
  if (variant.level === 'hq' || original.level === 'city') return false
  if (original.level === 'hq') return true
  return variant.level === 'city' && variant.province === original.province
}
