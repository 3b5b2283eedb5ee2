/**
 * Synthetic knowledge items and queries for the search benchmark. The words come from the real
 * evaluation corpus (/work/shared/eval/corpus.jsonl), segmented by jieba and drawn by their real
 * frequencies (a Zipf-like head: 的, 号码, 办理…, and a long tail), half of each item's words from
 * one real item so topics cluster as they do in a real knowledge base. Queries draw from the same
 * words, ranked, with Zipf weights.
 * Everything is drawn from seeded generators: the same seed gives the same items and queries.
 */
import { readFileSync } from 'node:fs'

import { Jieba } from '@node-rs/jieba'
import { dict } from '@node-rs/jieba/dict'

import { SEED_GLOSSARY } from '@seed/content/glossary'
import type { ReaderArea } from '@/domain/visibility'
import { isCjk, isLatinToken, isWordToken, normalizeText } from '@search/text/normalize'
import { syllablesOf } from '@search/text/pinyin'
import { QUERY_STOPWORDS } from '@search/text/stopwords'
import type { GlossaryEntry, SearchDocument } from '@search/types'

export const REAL_CORPUS = '/work/shared/eval/corpus.jsonl'

export const GLOSSARY: GlossaryEntry[] = SEED_GLOSSARY.map(({ term, synonyms }) => ({
  term,
  synonyms: synonyms ?? [],
}))

/** mulberry32: tiny, fast and good enough for sampling. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A generator per item, so items can be regenerated one batch at a time instead of kept. */
const itemRandom = (seed: number, i: number) => prng(Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1) ^ i)

const pick = <T>(rand: () => number, values: readonly T[]): T =>
  values[Math.floor(rand() * values.length)]!
const between = (rand: () => number, min: number, max: number) =>
  min + Math.floor(rand() * (max - min + 1))

/**
 * Draws words by weight: by default 1 / (rank + 2.7), Zipf–Mandelbrot, the shape of real text; or
 * the real counts themselves (Zipf-like too, and true to this corpus' own head and tail).
 */
export class ZipfSampler {
  private readonly cumulative: Float64Array
  constructor(
    readonly words: readonly string[],
    weights?: readonly number[],
  ) {
    this.cumulative = new Float64Array(words.length)
    let total = 0
    for (let r = 0; r < words.length; r++)
      this.cumulative[r] = total += weights ? weights[r]! : 1 / (r + 2.7)
  }
  sample(rand: () => number): string {
    const target = rand() * this.cumulative[this.cumulative.length - 1]!
    let lo = 0
    let hi = this.cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.cumulative[mid]! < target) lo = mid + 1
      else hi = mid
    }
    return this.words[lo]!
  }
}

export type Vocabulary = {
  /** Every word of the real titles and bodies, most frequent first. */
  all: ZipfSampler
  /** Words of the real titles, most frequent first: titles are mostly topic nouns. */
  title: ZipfSampler
  /** Words a user might type: no stopwords, no single Han characters, most frequent first. */
  content: string[]
  /** Two-Han-character content words, for homophone typos. */
  twoChar: string[]
  /** Latin terms of the corpus (5G, VoLTE, eSIM…) as written there. */
  latin: string[]
  /** Han characters by toneless syllable, for homophone typos. */
  homophones: Map<string, string[]>
  /** Each real item's words in order: a synthetic item borrows one's topic and category. */
  topics: { category: string; title: string[]; body: string[] }[]
}

const rankByCount = (counts: Map<string, number>) =>
  [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word)

const byCount = (counts: Map<string, number>) => {
  const words = rankByCount(counts)
  return new ZipfSampler(
    words,
    words.map((w) => counts.get(w)!),
  )
}

/** Segments the real corpus with jieba (plus the glossary, as the engine does) and ranks words. */
export function buildVocabulary(file = REAL_CORPUS): Vocabulary & { stats: string } {
  const items = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { title: string; body: string; category: string })
  const jieba = Jieba.withDict(dict)
  const glossaryWords = GLOSSARY.flatMap((e) => [e.term, ...e.synonyms])
    .map((w) => normalizeText(w).replace(/\s+/g, ''))
    .filter(isCjk)
  jieba.loadDict(Buffer.from(glossaryWords.map((w) => `${w} 200000 n`).join('\n') + '\n'))

  const all = new Map<string, number>()
  const title = new Map<string, number>()
  // Keep the corpus' spelling (VoLTE, App): only the index needs to normalise.
  const words = (text: string) =>
    jieba
      .cut(text, true)
      .map((w) => w.trim())
      .filter((w) => w && isWordToken(w))
  const count = (text: string[], into: Map<string, number>) => {
    for (const w of text) into.set(w, (into.get(w) ?? 0) + 1)
  }
  const topics = items.map((item) => ({
    category: item.category,
    title: words(item.title),
    body: words(item.body),
  }))
  for (const topic of topics) {
    count(topic.title, title)
    count(topic.title, all)
    count(topic.body, all)
  }
  const ranked = rankByCount(all)
  // Bare numbers (1, 30, 2024) are in the text, but nobody searches for them alone.
  const content = ranked.filter(
    (w) =>
      !QUERY_STOPWORDS.has(normalizeText(w)) && (w.length >= 2 || !isCjk(w)) && !/^\d+$/.test(w),
  )
  const twoChar = content.filter((w) => w.length === 2 && isCjk(w[0]!) && isCjk(w[1]!))
  const latin = ranked.filter((w) => /[a-z]/i.test(w) && isLatinToken(normalizeText(w)))
  const homophones = new Map<string, string[]>()
  for (const char of new Set([...ranked.join('')].filter(isCjk))) {
    const syllable = syllablesOf(char)[0]
    if (syllable) homophones.set(syllable, [...(homophones.get(syllable) ?? []), char])
  }
  const tokens = [...all.values()].reduce((a, b) => a + b, 0)
  return {
    all: byCount(all),
    title: byCount(title),
    content,
    twoChar,
    latin,
    homophones,
    topics,
    stats: `${items.length} real items, ${tokens} tokens, ${ranked.length} distinct words (${title.size} in titles), top: ${ranked.slice(0, 12).join(' ')}`,
  }
}

/** Words join without spaces, as Chinese is written, except between two Latin/number words. */
function join(words: string[]): string {
  let text = ''
  for (const word of words) {
    if (text && /[a-z0-9]$/i.test(text) && /^[a-z0-9]/i.test(word)) text += ' '
    text += word
  }
  return text
}

const HQ = '100000'
const PROVINCES = ['440000', '320000', '510000', '110000'] as const
const CITIES = [
  { city: '440100', province: '440000' },
  { city: '440300', province: '440000' },
  { city: '320100', province: '320000' },
  { city: '510100', province: '510000' },
] as const
const CATEGORIES = [
  '套餐资费',
  '号码业务',
  '宽带固话',
  '投诉处理',
  '服务渠道',
  '网络终端',
  '账单缴费',
  '账户安全',
] as const
const KINDS = ['faq', 'faq', 'faq', 'article', 'article', 'script', 'notice'] as const

/** Reader areas as agents sit: HQ, a province office, a city office. */
export const READERS: ReaderArea[] = [
  { province: null, city: null },
  ...PROVINCES.map((province) => ({ province, city: null })),
  ...CITIES.map(({ province, city }) => ({ province, city })),
]

type Topic = Vocabulary['topics'][number]

/**
 * Half the words come from one real item (its own word mix), half from the global Zipf draw:
 * real items are topical, so a topic word clusters in some items instead of being everywhere.
 */
const TOPIC_SHARE = 0.5

function titleOf(rand: () => number, vocab: Vocabulary, topic: Topic): string {
  const words: string[] = []
  const length = between(rand, 6, 14)
  while (words.length < length) {
    words.push(
      rand() < TOPIC_SHARE
        ? pick(rand, rand() < 0.5 ? topic.title : topic.body)
        : vocab.title.sample(rand),
    )
  }
  return join(words)
}

function bodyOf(rand: () => number, vocab: Vocabulary, topic: Topic): string {
  const length = between(rand, 60, 200)
  let body = ''
  let written = 0
  while (written < length) {
    // A sentence of 1–3 clauses, each 3–12 words.
    const clauses = between(rand, 1, 3)
    for (let c = 0; c < clauses && written < length; c++) {
      const words: string[] = []
      const size = Math.min(between(rand, 3, 12), length - written)
      while (words.length < size)
        words.push(rand() < TOPIC_SHARE ? pick(rand, topic.body) : vocab.all.sample(rand))
      written += size
      body += join(words) + (c < clauses - 1 ? (rand() < 0.85 ? '，' : '、') : '')
    }
    const r = rand()
    body += r < 0.75 ? '。' : r < 0.88 ? '；' : r < 0.95 ? '：' : '？'
  }
  return body
}

/** Item `i` of the synthetic corpus; the same (seed, i) always gives the same item. */
export function syntheticItem(seed: number, i: number, vocab: Vocabulary): SearchDocument {
  const rand = itemRandom(seed, i)
  const topic = pick(rand, vocab.topics)
  const title = titleOf(rand, vocab, topic)
  const body = bodyOf(rand, vocab, topic)
  const o = rand()
  let owner: Pick<SearchDocument, 'ownerLevel' | 'ownerCode' | 'ownerProvince' | 'ownerCity'>
  if (o < 0.6) {
    owner = { ownerLevel: 'hq', ownerCode: HQ, ownerProvince: null, ownerCity: null }
  } else if (o < 0.8) {
    const province = pick(rand, PROVINCES)
    owner = {
      ownerLevel: 'province',
      ownerCode: province,
      ownerProvince: province,
      ownerCity: null,
    }
  } else {
    const { province, city } = pick(rand, CITIES)
    owner = { ownerLevel: 'city', ownerCode: city, ownerProvince: province, ownerCity: city }
  }
  // ~3% of items have a local variant somewhere (only HQ and province items can be localised).
  const overriddenIn: string[] = []
  if (owner.ownerLevel !== 'city' && rand() < 0.04) {
    const candidates =
      owner.ownerLevel === 'hq'
        ? [...PROVINCES, ...CITIES.map((c) => c.city)]
        : CITIES.filter((c) => c.province === owner.ownerProvince).map((c) => c.city)
    if (candidates.length > 0) overriddenIn.push(pick(rand, candidates))
  }
  const category = Math.max(0, CATEGORIES.indexOf(topic.category as (typeof CATEGORIES)[number]))
  return {
    id: `bench-${i}`,
    externalId: `kb-${i}`,
    kind: pick(rand, KINDS),
    title,
    body,
    categoryId: `cat-${category + 1}`,
    categoryName: CATEGORIES[category]!,
    channels: rand() < 0.75 ? ['online_hall', 'agent_kb'] : ['agent_kb'],
    ...owner,
    overriddenIn: overriddenIn.sort(),
    publishedAt: Date.UTC(2024, 0, 1) + i * 60_000,
  }
}

export type BenchQuery = {
  /** As typed into the search box. */
  q: string
  /** The words, for the LIKE baseline (one `LIKE '%w%'` pair each). */
  words: string[]
  reader: ReaderArea
  kind: 'words' | 'typo' | 'latin'
}

/** A one-letter slip in a Latin term (voltee, esmi), or the term as written. */
function latinQuery(rand: () => number, vocab: Vocabulary): string {
  const term = pick(rand, vocab.latin.length > 0 ? vocab.latin : ['5G', 'VoLTE', 'eSIM'])
  if (term.length < 4 || rand() < 0.5) return term
  const at = between(rand, 1, term.length - 1)
  return rand() < 0.5
    ? term.slice(0, at) + term[at - 1] + term.slice(at)
    : term.slice(0, at - 1) + term[at] + term[at - 1] + term.slice(at + 1)
}

/** A two-character word with one character swapped for a homophone (协号 for 携号). */
function typoQuery(rand: () => number, vocab: Vocabulary): string {
  const twoChar = vocab.twoChar
  for (let attempt = 0; attempt < 20; attempt++) {
    const word = pick(rand, twoChar.slice(0, 800))
    const at = between(rand, 0, 1)
    const others = (vocab.homophones.get(syllablesOf(word[at]!)[0] ?? '') ?? []).filter(
      (c) => c !== word[at],
    )
    if (others.length > 0) {
      const typo = pick(rand, others)
      return at === 0 ? typo + word[1] : word[0] + typo
    }
  }
  return pick(rand, twoChar)
}

/**
 * Queries of 1–4 words: each word from the Zipf head (frequent) or uniformly from the whole
 * list (mostly the tail, i.e. rare); ~10% are homophone typos or Latin terms.
 */
export function syntheticQueries(seed: number, count: number, vocab: Vocabulary): BenchQuery[] {
  const rand = prng(seed ^ 0x51ed270b)
  const head = new ZipfSampler(vocab.content)
  const queries: BenchQuery[] = []
  for (let i = 0; i < count; i++) {
    const reader = pick(rand, READERS)
    const r = rand()
    if (r < 0.05) {
      const word = typoQuery(rand, vocab)
      queries.push({ q: word, words: [word], reader, kind: 'typo' })
      continue
    }
    if (r < 0.1) {
      const word = latinQuery(rand, vocab)
      const words = rand() < 0.5 ? [word] : [word, head.sample(rand)]
      queries.push({ q: words.join(' '), words, reader, kind: 'latin' })
      continue
    }
    const words: string[] = []
    const length = between(rand, 1, 4)
    while (words.length < length) {
      const word = rand() < 0.6 ? head.sample(rand) : pick(rand, vocab.content)
      if (!words.includes(word)) words.push(word)
    }
    queries.push({ q: words.join(' '), words, reader, kind: 'words' })
  }
  return queries
}
