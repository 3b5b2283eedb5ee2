import { createHash } from 'node:crypto'

import { Jieba } from '@node-rs/jieba'
import { dict } from '@node-rs/jieba/dict'

import type { GlossaryEntry } from '../types'
import { compactText, isCjk, isLatinToken, isWordToken, normalizeText } from './normalize'
import { pinyinKeysOf, syllablesOf } from './pinyin'
import { QUERY_STOPWORDS } from './stopwords'

/** One word of a query and everything that may stand for it in a document. */
export type QueryTerm = {
  /** The word as the user typed it (normalised). */
  text: string
  /** Glossary synonyms and the glossary's own term, each as its words (all must match). */
  synonyms: string[][]
  /** Toneless syllables, for homophone typos (协号 → xie hao → 携号). Empty for short or Latin words. */
  syllables: string[]
  /** Latin words: may be pinyin typed by the user (`xhzw`) or a term with a typo (`voltee`). */
  latin: boolean
}

export type AnalyzedQuery = {
  /** The whole query normalised without spaces, for exact-phrase ranking. */
  phrase: string
  terms: QueryTerm[]
}

export type Analyzer = {
  /** Index tokens of a text, in order (jieba search mode: long words plus their parts). */
  tokens(text: string): string[]
  /**
   * Pinyin tokens of a title: its syllables in order, then full pinyin and initials of each of its
   * index tokens (long words and their parts; `titleTokens` when the caller has them already).
   */
  titlePinyin(title: string, titleTokens?: readonly string[]): string[]
  analyzeQuery(q: string): AnalyzedQuery
  /** Every surface form a query may match, longest first: what highlighting marks. */
  highlightTerms(query: AnalyzedQuery): string[]
}

/** Weight in jieba's user dictionary: high enough that glossary words are never split. */
const GLOSSARY_WORD_FREQUENCY = 200_000

function glossaryDictionary(glossary: readonly GlossaryEntry[]): Buffer {
  const words = new Set<string>()
  for (const entry of glossary) {
    for (const word of [entry.term, ...entry.synonyms]) {
      const w = normalizeText(word).replace(/\s+/g, '')
      if (w && isCjk(w)) words.add(w)
    }
  }
  return Buffer.from([...words].map((w) => `${w} ${GLOSSARY_WORD_FREQUENCY} n`).join('\n') + '\n')
}

/** word → every other word of its glossary entry (term and synonyms are interchangeable). */
function synonymTable(glossary: readonly GlossaryEntry[]): Map<string, string[]> {
  const table = new Map<string, Set<string>>()
  for (const entry of glossary) {
    const group = [entry.term, ...entry.synonyms].map((w) => normalizeText(w).replace(/\s+/g, ''))
    for (const word of group) {
      const others = table.get(word) ?? new Set<string>()
      for (const other of group) if (other && other !== word) others.add(other)
      table.set(word, others)
    }
  }
  return new Map([...table].map(([word, others]) => [word, [...others]]))
}

function createAnalyzer(glossary: readonly GlossaryEntry[]): Analyzer {
  const jieba = Jieba.withDict(dict)
  jieba.loadDict(glossaryDictionary(glossary))
  const synonyms = synonymTable(glossary)

  const tokens = (text: string): string[] =>
    jieba.cutForSearch(normalizeText(text), true).filter(isWordToken)

  /** Precise-mode words: glossary words stay whole (they are in the dictionary). */
  const words = (text: string): string[] => jieba.cut(normalizeText(text), true).filter(isWordToken)

  // Keys of the parts too: a title is found by 变更 inside 套餐变更, so by `biangeng` as well.
  const titlePinyin = (title: string, titleTokens = tokens(title)): string[] => [
    ...words(title).flatMap(syllablesOf),
    ...new Set(titleTokens.flatMap(pinyinKeysOf)),
  ]

  const analyzeQuery = (q: string): AnalyzedQuery => {
    const normalized = normalizeText(q)
    const typed = words(normalized)
    const kept = typed.filter((w) => !QUERY_STOPWORDS.has(w))
    // A query of nothing but stopwords still means something ("怎么") — search it as typed.
    const chosen = kept.length > 0 ? kept : typed
    const terms: QueryTerm[] = []
    for (let i = 0; i < chosen.length; i++) {
      let text = chosen[i]!
      // Single Han characters in a row are often one mistyped word (取销): keep them together.
      while (
        text.length === 1 &&
        isCjk(text) &&
        chosen[i + 1]?.length === 1 &&
        isCjk(chosen[i + 1]!) &&
        !synonyms.has(text)
      ) {
        text += chosen[++i]!
      }
      const syllables = text.length >= 2 ? syllablesOf(text) : []
      terms.push({
        text,
        synonyms: (synonyms.get(text) ?? []).map(words).filter((t) => t.length > 0),
        syllables: syllables.length >= 2 ? syllables : [],
        latin: isLatinToken(text),
      })
    }
    return { phrase: compactText(normalized), terms }
  }

  const highlightTerms = (query: AnalyzedQuery): string[] => {
    const forms = new Set<string>()
    for (const term of query.terms) {
      forms.add(term.text)
      for (const synonym of term.synonyms) forms.add(synonym.join(''))
      // Parts of a long word, so 携号转网 still marks 转网 alone.
      for (const part of tokens(term.text)) if (part.length > 1 || !isCjk(part)) forms.add(part)
    }
    return [...forms].filter(Boolean).sort((a, b) => b.length - a.length)
  }

  return { tokens, titlePinyin, analyzeQuery, highlightTerms }
}

let cached: { key: string; analyzer: Analyzer } | null = null

/** One analyzer per glossary content: building jieba's dictionary takes a few hundred ms. */
export function analyzerFor(glossary: readonly GlossaryEntry[]): Analyzer {
  const key = createHash('sha1').update(JSON.stringify(glossary)).digest('hex')
  if (cached?.key !== key) cached = { key, analyzer: createAnalyzer(glossary) }
  return cached.analyzer
}
