/**
 * DESIGN.md's visibility rule, the one function every reader path uses (access control, search
 * filters, public pages): an item owned by unit U is visible to a reader at (province P, city C)
 * when U is HQ, or U is province P, or U is city C — and no published local variant of it
 * (an item whose `overrides` points at it) is visible to that reader.
 */
import type { OrgScope } from './orgTree'

/** Where a reader stands: an HQ reader has neither province nor city. */
export type ReaderArea = { province: string | null; city: string | null }

/** The owner part of the rule, without overrides. */
export function ownerVisibleTo(owner: OrgScope, reader: ReaderArea): boolean {
  switch (owner.level) {
    case 'hq':
      return true
    case 'province':
      return reader.province !== null && owner.province === reader.province
    case 'city':
      return reader.city !== null && owner.city === reader.city
  }
}

/**
 * Codes of the units where a published variant replaces an item (stored on the item as
 * `overriddenIn`, so queries and search filters need no join).
 */
export function overriddenIn(variantOwners: readonly OrgScope[]): string[] {
  return [...new Set(variantOwners.map((owner) => owner.code))].sort()
}

/** Whether a variant published at any of `overriddenInUnits` hides the item from this reader. */
export function hiddenByVariant(overriddenInUnits: readonly string[], reader: ReaderArea): boolean {
  return overriddenInUnits.some((code) => code === reader.province || code === reader.city)
}

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
