/** The Meilisearch index settings, derived from the glossary; and whether an index already has them. */
import type { Settings } from 'meilisearch'

import { isCjk, normalizeText } from '../text/normalize'
import type { GlossaryEntry, SearchSettings } from '../types'

/** Title fields before body fields: the `attribute` ranking rule weighs earlier fields more. */
export const SEARCHABLE_ATTRIBUTES = ['titleTokens', 'title', 'bodyTokens', 'body']

export const FILTERABLE_ATTRIBUTES = [
  'ownerLevel',
  'ownerProvince',
  'ownerCity',
  'ownerCode',
  'overriddenIn',
  'channels',
  'categoryId',
  'id',
]

/** What a stored document shows: the SearchDocument, not the pre-segmented token fields. */
export const DISPLAYED_ATTRIBUTES = [
  'id',
  'externalId',
  'kind',
  'title',
  'body',
  'categoryId',
  'categoryName',
  'channels',
  'ownerLevel',
  'ownerCode',
  'ownerProvince',
  'ownerCity',
  'overriddenIn',
  'publishedAt',
]

/** A glossary word as both sides see it: NFKC, Latin lower-cased; Han words without spaces. */
function glossaryWord(word: string): string {
  const w = normalizeText(word).trim().replace(/\s+/g, ' ')
  return isCjk(w) ? w.replace(/ /g, '') : w
}

const entryWords = (entry: GlossaryEntry): string[] => [
  ...new Set([entry.term, ...entry.synonyms].map(glossaryWord).filter(Boolean)),
]

/** Han glossary words, kept whole by Meilisearch's own segmenter (it splits unknown words). */
export function glossaryDictionary(glossary: readonly GlossaryEntry[]): string[] {
  return [...new Set(glossary.flatMap(entryWords).filter(isCjk))].sort()
}

/** Every word of an entry stands for every other (Meilisearch synonyms are one-way otherwise). */
export function glossarySynonyms(glossary: readonly GlossaryEntry[]): Record<string, string[]> {
  const table = new Map<string, Set<string>>()
  for (const entry of glossary) {
    const words = entryWords(entry)
    for (const word of words) {
      const others = table.get(word) ?? new Set<string>()
      for (const other of words) if (other !== word) others.add(other)
      table.set(word, others)
    }
  }
  return Object.fromEntries(
    [...table]
      .filter(([, others]) => others.size > 0)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([word, others]) => [word, [...others].sort()]),
  )
}

export function indexSettings(settings: SearchSettings): Settings {
  return {
    searchableAttributes: SEARCHABLE_ATTRIBUTES,
    filterableAttributes: FILTERABLE_ATTRIBUTES,
    sortableAttributes: ['publishedAt'],
    displayedAttributes: DISPLAYED_ATTRIBUTES,
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
    dictionary: glossaryDictionary(settings.glossary),
    synonyms: glossarySynonyms(settings.glossary),
    // Han-only text is otherwise open to language detection, which may take it for Japanese.
    localizedAttributes: [{ attributePatterns: SEARCHABLE_ATTRIBUTES, locales: ['cmn'] }],
    // Short words are mostly codes and product names (5G, VoLTE): a typo there is another product.
    typoTolerance: { minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    faceting: { maxValuesPerFacet: 1000 },
    pagination: { maxTotalHits: 1000 },
  }
}

/** Settings the server stores as sets: it may hand them back in another order. */
const UNORDERED = new Set(['filterableAttributes', 'sortableAttributes', 'dictionary'])
/** Settings the server fills with defaults for fields we leave out: compare only ours. */
const PARTIAL = new Set(['typoTolerance', 'faceting', 'pagination'])

const sortedCopy = (value: unknown): unknown =>
  Array.isArray(value) ? [...value].map((v) => JSON.stringify(v)).sort() : value

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((v, i) => deepEqual(v, b[i]))
    )
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a)
    const kb = Object.keys(b)
    return (
      ka.length === kb.length &&
      ka.every((k) =>
        deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
      )
    )
  }
  return false
}

/** Whether every field of `wanted` is in `current` with the same value (extra fields ignored). */
function covers(wanted: unknown, current: unknown): boolean {
  if (wanted && typeof wanted === 'object' && !Array.isArray(wanted)) {
    if (!current || typeof current !== 'object') return false
    return Object.entries(wanted).every(([k, v]) =>
      covers(v, (current as Record<string, unknown>)[k]),
    )
  }
  return deepEqual(wanted, current)
}

const sortedSynonyms = (value: unknown): unknown =>
  value && typeof value === 'object'
    ? Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, Array.isArray(v) ? [...v].sort() : v]),
      )
    : value

/** Whether the index's current settings differ from the wanted ones (so an update is due). */
export function settingsDiffer(wanted: Settings, current: Settings): boolean {
  return Object.entries(wanted).some(([key, value]) => {
    const have = (current as Record<string, unknown>)[key]
    if (UNORDERED.has(key)) return !deepEqual(sortedCopy(value), sortedCopy(have))
    if (key === 'synonyms') return !deepEqual(sortedSynonyms(value), sortedSynonyms(have ?? {}))
    if (PARTIAL.has(key)) return !covers(value, have)
    return !deepEqual(value, have)
  })
}
