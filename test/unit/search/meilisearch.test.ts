import type { Task } from 'meilisearch'
import { describe, expect, it } from 'vitest'

import type { OrgScope } from '@/domain/orgTree'
import { type ReaderArea, visibleTo } from '@/domain/visibility'
import { assertSucceeded } from '@search/meilisearch/MeilisearchEngine'
import { toMeiliDocument, toMeiliQuery } from '@search/meilisearch/documents'
import {
  documentFilter,
  quoteValue,
  searchFilter,
  visibilityFilter,
} from '@search/meilisearch/filter'
import { FILTERABLE_ATTRIBUTES, indexSettings, settingsDiffer } from '@search/meilisearch/settings'
import { analyzerFor } from '@search/text/analyzer'
import type { GlossaryEntry, SearchDocument, SearchRequest } from '@search/types'
import { parseMeiliFilter } from '@test/helpers/meiliFilter'

// --- The organisation used throughout ---------------------------------------------------------

const HQ = '100000'
const PROVINCES = ['440000', '510000']
const CITIES = ['440100', '440300', '510100']
const UNITS = [HQ, ...PROVINCES, ...CITIES]
const provinceOf = (city: string) => `${city.slice(0, 2)}0000`

const scopeOf = (code: string): OrgScope =>
  code === HQ
    ? { level: 'hq', code, province: null, city: null }
    : PROVINCES.includes(code)
      ? { level: 'province', code, province: code, city: null }
      : { level: 'city', code, province: provinceOf(code), city: code }

const READERS: Record<string, ReaderArea> = {
  HQ: { province: null, city: null },
  广东: { province: '440000', city: null },
  四川: { province: '510000', city: null },
  广州: { province: '440000', city: '440100' },
  深圳: { province: '440000', city: '440300' },
  成都: { province: '510000', city: '510100' },
}

const subsets = <T>(items: readonly T[]): T[][] =>
  items.reduce<T[][]>((all, item) => [...all, ...all.map((s) => [...s, item])], [[]])

function searchDocument(overrides: Partial<SearchDocument> = {}): SearchDocument {
  return {
    id: '0b6f3d7e-5f7a-4c3b-9d1e-2a8c4f6b1e90',
    externalId: 'KB-001',
    kind: 'faq',
    title: '携号转网怎么办理',
    body: '办理携号转网需要满足条件：号码在网满 120 天，无欠费。可开通 VoLTE 高清通话。',
    categoryId: 'c-1',
    categoryName: '号码业务',
    channels: ['online_hall', 'self_service'],
    ownerLevel: 'province',
    ownerCode: '440000',
    ownerProvince: '440000',
    ownerCity: null,
    overriddenIn: ['440100'],
    publishedAt: 1_700_000_000_000,
    ...overrides,
  }
}

const metaFields = (scope: OrgScope, overriddenIn: string[]) => ({
  ownerLevel: scope.level,
  ownerCode: scope.code,
  ownerProvince: scope.province,
  ownerCity: scope.city,
  overriddenIn,
})

const request = (overrides: Partial<SearchRequest>): SearchRequest => ({
  index: 'online_hall',
  q: '携号转网',
  reader: READERS.HQ!,
  limit: 10,
  offset: 0,
  ...overrides,
})

// --- Tests ------------------------------------------------------------------------------------

describe('visibilityFilter', () => {
  it('shows an HQ reader only HQ items, with nothing hidden by variants', () => {
    expect(visibilityFilter(READERS.HQ!)).toBe('(ownerLevel = "hq")')
  })

  it('shows a province reader HQ and own-province items not overridden in the province', () => {
    expect(visibilityFilter(READERS['广东']!)).toBe(
      '((ownerLevel = "hq") OR (ownerLevel = "province" AND ownerProvince = "440000"))' +
        ' AND (NOT overriddenIn IN ["440000"])',
    )
  })

  it('shows a city reader HQ, province and city items not overridden in either', () => {
    expect(visibilityFilter(READERS['广州']!)).toBe(
      '((ownerLevel = "hq") OR (ownerLevel = "province" AND ownerProvince = "440000")' +
        ' OR (ownerLevel = "city" AND ownerCity = "440100"))' +
        ' AND (NOT overriddenIn IN ["440000", "440100"])',
    )
  })

  it('agrees with visibleTo for every reader, owner and set of overriding units', () => {
    const overrideSets = subsets(UNITS)
    let checked = 0
    for (const [name, reader] of Object.entries(READERS)) {
      const predicate = parseMeiliFilter(visibilityFilter(reader))
      for (const owner of UNITS.map(scopeOf)) {
        for (const overriddenIn of overrideSets) {
          const expected = visibleTo({ owner, overriddenIn }, reader)
          const actual = predicate(metaFields(owner, overriddenIn))
          if (actual !== expected) {
            throw new Error(
              `${name} × ${owner.code} overridden in [${overriddenIn}]: filter says ${actual}`,
            )
          }
          checked++
        }
      }
    }
    expect(checked).toBe(6 * 6 * 64)
  })

  it('is checked by a harness that notices a wrong rule', () => {
    // The owner part alone, without the variants clause: must disagree somewhere.
    const reader = READERS['广州']!
    const ownersOnly = parseMeiliFilter(visibilityFilter(reader).split(' AND (NOT')[0]!)
    const owner = scopeOf(HQ)
    expect(ownersOnly(metaFields(owner, ['440100']))).not.toBe(
      visibleTo({ owner, overriddenIn: ['440100'] }, reader),
    )
  })

  it('uses ASCII only', () => {
    for (const reader of Object.values(READERS)) {
      expect(visibilityFilter(reader)).toMatch(/^[\x20-\x7e]*$/)
    }
  })
})

describe('searchFilter', () => {
  it('adds the channel and the category to the visibility rule', () => {
    expect(
      searchFilter(
        request({ reader: READERS['广东']!, channel: 'self_service', categoryId: 'c-1' }),
      ),
    ).toBe(
      `(${visibilityFilter(READERS['广东']!)}) AND (channels = "self_service")` +
        ' AND (categoryId = "c-1")',
    )
  })

  it('is the visibility rule alone without channel or category', () => {
    expect(searchFilter(request({ reader: READERS['成都']! }))).toBe(
      `(${visibilityFilter(READERS['成都']!)})`,
    )
  })

  it('narrows by channel and category when evaluated', () => {
    const predicate = parseMeiliFilter(
      searchFilter(
        request({ reader: READERS['深圳']!, channel: 'self_service', categoryId: 'c-1' }),
      ),
    )
    const doc = (o: Partial<SearchDocument>) => ({ ...searchDocument(o) })
    expect(predicate(doc({ overriddenIn: [] }))).toBe(true)
    expect(predicate(doc({ overriddenIn: ['440300'] }))).toBe(false)
    expect(predicate(doc({ overriddenIn: [], channels: ['online_hall'] }))).toBe(false)
    expect(predicate(doc({ overriddenIn: [], categoryId: 'c-2' }))).toBe(false)
    expect(predicate(doc({ overriddenIn: [], categoryId: null }))).toBe(false)
  })

  it('escapes quotes and backslashes in values', () => {
    const nasty = 'a"b\\c\\"d") OR (ownerLevel = "hq'
    expect(quoteValue('a"b\\c')).toBe('"a\\"b\\\\c"')
    const filter = searchFilter(request({ categoryId: nasty }))
    const predicate = parseMeiliFilter(filter)
    expect(predicate(searchDocument({ ownerLevel: 'hq', categoryId: nasty }))).toBe(true)
    // The injected `OR` stays inside the value: another category is not let through.
    expect(predicate(searchDocument({ ownerLevel: 'hq', categoryId: 'c-1' }))).toBe(false)
  })
})

describe('documentFilter', () => {
  it('selects by owner unit, ids or both', () => {
    expect(documentFilter({ ownerCode: '440100' })).toBe('(ownerCode = "440100")')
    expect(documentFilter({ ids: ['a', 'b'] })).toBe('(id IN ["a", "b"])')
    const both = parseMeiliFilter(documentFilter({ ownerCode: '440100', ids: ['a', 'b'] })!)
    expect(both({ id: 'a', ownerCode: '440100' })).toBe(true)
    expect(both({ id: 'a', ownerCode: '440300' })).toBe(false)
    expect(both({ id: 'c', ownerCode: '440100' })).toBe(false)
  })

  it('matches nothing for an empty id list and refuses an empty filter', () => {
    expect(documentFilter({ ids: [] })).toBeNull()
    expect(() => documentFilter({})).toThrow(/ownerCode or ids/)
  })
})

const GLOSSARY: GlossaryEntry[] = [
  { term: '携号转网', synonyms: ['转网', '跨网携号', 'MNP'] },
  { term: 'VoLTE', synonyms: ['高清通话'] },
  { term: '宽带', synonyms: ['Broadband', '转网'] },
]

describe('indexSettings', () => {
  const settings = indexSettings({ glossary: GLOSSARY })

  it('puts only Han glossary words in the dictionary', () => {
    expect(settings.dictionary).toEqual(['宽带', '携号转网', '跨网携号', '转网', '高清通话'].sort())
  })

  it('makes synonyms symmetric, lower-cased and without self references', () => {
    const synonyms = settings.synonyms!
    expect(synonyms['mnp']).toEqual(['携号转网', '跨网携号', '转网'].sort())
    expect(synonyms['volte']).toEqual(['高清通话'])
    expect(synonyms['高清通话']).toEqual(['volte'])
    // A word in two entries stands for the words of both.
    expect(synonyms['转网']).toEqual(['broadband', 'mnp', '宽带', '携号转网', '跨网携号'].sort())
    for (const [word, others] of Object.entries(synonyms)) {
      expect(others).not.toContain(word)
      for (const other of others) expect(synonyms[other]).toContain(word)
    }
    expect(Object.keys(synonyms).every((w) => w === w.toLowerCase())).toBe(true)
  })

  it('weighs titles first and filters on the visibility fields', () => {
    expect(settings.searchableAttributes).toEqual(['titleTokens', 'title', 'bodyTokens', 'body'])
    expect(settings.filterableAttributes).toEqual(FILTERABLE_ATTRIBUTES)
    expect(settings.rankingRules).toEqual([
      'words',
      'typo',
      'proximity',
      'attribute',
      'sort',
      'exactness',
    ])
    expect(settings.localizedAttributes).toEqual([
      { attributePatterns: ['titleTokens', 'title', 'bodyTokens', 'body'], locales: ['cmn'] },
    ])
    expect(settings.typoTolerance).toEqual({ minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } })
    expect(settings.pagination).toEqual({ maxTotalHits: 1000 })
  })

  it('gives an empty dictionary and no synonyms for an empty glossary', () => {
    const empty = indexSettings({ glossary: [] })
    expect(empty.dictionary).toEqual([])
    expect(empty.synonyms).toEqual({})
  })
})

describe('settingsDiffer', () => {
  const wanted = indexSettings({ glossary: GLOSSARY })
  /** What a server hands back: sets reordered, defaults filled in. */
  const asServerReturns = () => ({
    ...wanted,
    filterableAttributes: [...wanted.filterableAttributes!].reverse(),
    sortableAttributes: ['publishedAt'],
    dictionary: [...wanted.dictionary!].reverse(),
    synonyms: Object.fromEntries(
      Object.entries(wanted.synonyms!)
        .reverse()
        .map(([k, v]) => [k, [...v].reverse()]),
    ),
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
      disableOnWords: [],
      disableOnAttributes: [],
      disableOnNumbers: false,
    },
    faceting: { maxValuesPerFacet: 1000, sortFacetValuesBy: { '*': 'alpha' as const } },
    stopWords: [],
    distinctAttribute: null,
  })

  it('sees no difference in order of sets or in server defaults', () => {
    expect(settingsDiffer(wanted, asServerReturns())).toBe(false)
  })

  it('sees a changed glossary, ranking order or typo setting', () => {
    const changed = indexSettings({ glossary: GLOSSARY.slice(0, 2) })
    expect(settingsDiffer(changed, asServerReturns())).toBe(true)
    expect(
      settingsDiffer(wanted, {
        ...asServerReturns(),
        synonyms: { ...wanted.synonyms, extra: ['x'] },
      }),
    ).toBe(true)
    expect(
      settingsDiffer(wanted, {
        ...asServerReturns(),
        searchableAttributes: ['title', 'titleTokens', 'bodyTokens', 'body'],
      }),
    ).toBe(true)
    expect(
      settingsDiffer(wanted, {
        ...asServerReturns(),
        typoTolerance: { minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
      }),
    ).toBe(true)
    expect(settingsDiffer(wanted, {})).toBe(true)
  })
})

describe('documents', () => {
  const analyzer = analyzerFor(GLOSSARY)

  it('adds jieba search-mode tokens of title and body and keeps every field', () => {
    const doc = searchDocument()
    const meili = toMeiliDocument(doc, analyzer)
    expect(meili).toMatchObject(doc)
    const titleTokens = meili.titleTokens.split(' ')
    expect(titleTokens).toContain('携号转网')
    expect(titleTokens).toContain('转网')
    expect(meili.bodyTokens.split(' ')).toEqual(expect.arrayContaining(['volte', '高清', '通话']))
  })

  it('keeps filter fields ASCII', () => {
    const meili = toMeiliDocument(searchDocument(), analyzer)
    const ascii = /^[\x20-\x7e]*$/
    for (const field of FILTERABLE_ATTRIBUTES) {
      const value = meili[field as keyof typeof meili]
      for (const v of Array.isArray(value) ? value : [value]) {
        if (v !== null) expect(String(v), field).toMatch(ascii)
      }
    }
  })

  it('cuts queries like documents, without stopwords', () => {
    expect(toMeiliQuery('怎么办理携号转网？', analyzer).split(' ').sort()).toEqual(
      ['办理', '携号转网', '转网'].sort(),
    )
    expect(toMeiliQuery('VoLTE', analyzer)).toBe('volte')
    // Nothing but stopwords still searches what was typed.
    expect(toMeiliQuery('怎么', analyzer)).toBe('怎么')
    expect(toMeiliQuery('？！', analyzer)).toBe('')
  })
})

describe('assertSucceeded', () => {
  const task = (overrides: Partial<Task>): Task => ({
    uid: 7,
    batchUid: 3,
    indexUid: 'kb_online_hall',
    status: 'succeeded',
    type: 'documentAdditionOrUpdate',
    enqueuedAt: '2025-01-01T00:00:00Z',
    startedAt: '2025-01-01T00:00:00Z',
    finishedAt: '2025-01-01T00:00:01Z',
    duration: 'PT1S',
    canceledBy: null,
    error: null,
    ...overrides,
  })
  const error = {
    message: 'Document identifier `a b` is invalid.',
    code: 'invalid_document_id',
    type: 'invalid_request',
    link: 'https://docs.meilisearch.com/errors#invalid_document_id',
  }

  it('passes a succeeded task', () => {
    expect(assertSucceeded(task({}), 'add').uid).toBe(7)
  })

  it("throws with the server's message when a task failed or was canceled", () => {
    expect(() => assertSucceeded(task({ status: 'failed', error }), 'add documents')).toThrow(
      /add documents.*task 7 failed: Document identifier `a b` is invalid/,
    )
    expect(() => assertSucceeded(task({ status: 'canceled' }), 'add')).toThrow(/canceled/)
  })

  it('lets through only the tolerated error codes', () => {
    const exists = { ...error, code: 'index_already_exists', message: 'exists' }
    expect(
      assertSucceeded(task({ status: 'failed', error: exists }), 'create', [exists.code]),
    ).toBeTruthy()
    expect(() =>
      assertSucceeded(task({ status: 'failed', error }), 'create', ['index_already_exists']),
    ).toThrow(/invalid/)
  })
})
