import { distance } from 'fastest-levenshtein'

import type { Analyzer, AnalyzedQuery } from '../text/analyzer'
import { isCjk } from '../text/normalize'
import type { SearchIndexName } from '../types'
import type { Generation } from './catalog'
import type { DocumentFrequencies } from './documentFrequencies'
import type { Alternative } from './ftsQuery'
import type { LatinTerms } from './latinTerms'
import type { RankedGroup } from './rank'
import type { Tables } from './schema'
import {
  ALTERNATIVE_WEIGHTS,
  LATIN_MIN_LENGTH,
  SINGLE_HAN_SPECIFICITY,
  TYPO_MIN_LENGTH,
} from './tuning'

/** Search-mode parts of a word that no other part contains: 工信部投诉 → 工信部, 投诉 (not 工信). */
export function maximalParts(tokens: readonly string[], word: string): string[] {
  const parts = [...new Set(tokens.filter((t) => t !== word))]
  return parts.filter((part) => !parts.some((other) => other !== part && other.includes(part)))
}

/**
 * Each query word and what may stand for it in a document (synonyms, its parts, its pinyin, a
 * Latin term one typo away), weighted by how sure that is, with the word's rarity in the index.
 */
export class QueryExpansion {
  constructor(
    private readonly frequencies: DocumentFrequencies,
    private readonly latinTerms: LatinTerms,
  ) {}

  async groups(
    analyzer: Analyzer,
    query: AnalyzedQuery,
    index: SearchIndexName,
    live: Generation,
    t: Tables,
  ): Promise<RankedGroup[]> {
    const w = ALTERNATIVE_WEIGHTS
    const wordTokens = query.terms.flatMap((term) => [
      term.text,
      ...term.synonyms.flat(),
      ...analyzer.tokens(term.text),
    ])
    const df = await this.frequencies.of(index, live, t, wordTokens)
    const perTerm: Alternative[][] = []
    for (const term of query.terms) {
      const alternatives: Alternative[] = [{ kind: 'words', tokens: [term.text], weight: 1 }]
      for (const synonym of term.synonyms)
        alternatives.push({ kind: 'words', tokens: synonym, weight: w.synonym })
      // A long word may be written apart in documents (工信部投诉 → 工信部 … 投诉).
      const parts = maximalParts(analyzer.tokens(term.text), term.text)
      if (parts.length > 1) {
        alternatives.push({
          kind: 'words',
          tokens: parts,
          weight: df.get(term.text) ? w.partsOfKnownWord : w.partsOfUnknownWord,
        })
      }
      if (term.syllables.length > 0) {
        alternatives.push({ kind: 'syllables', syllables: term.syllables, weight: w.syllables })
      }
      if (term.latin && !df.get(term.text) && term.text.length >= LATIN_MIN_LENGTH) {
        if (/^[a-z]+$/.test(term.text))
          alternatives.push({ kind: 'pinyinPrefix', key: term.text, weight: w.pinyinPrefix })
        if (term.text.length >= TYPO_MIN_LENGTH) {
          for (const known of await this.latinTerms.of(index, live, t)) {
            if (
              Math.abs(known.length - term.text.length) <= 1 &&
              distance(known, term.text) === 1
            ) {
              alternatives.push({ kind: 'words', tokens: [known], weight: w.typo })
            }
          }
        }
      }
      perTerm.push(alternatives)
    }
    // The Latin terms a typo stands for count too: they are what its alternatives match.
    const singleTokens = perTerm
      .flat()
      .flatMap((a) => (a.kind === 'words' && a.tokens.length === 1 ? a.tokens : []))
    // Counts are cached per index version: only the corrections are new to this lookup.
    const counted = await this.frequencies.of(index, live, t, singleTokens)
    const n = Math.max(1, live.documents)
    const idf = (count: number) => Math.log(1 + n / (1 + count))
    const groups: RankedGroup[] = []
    for (const [i, term] of query.terms.entries()) {
      const alternatives = perTerm[i]!
      // The typed word's own rarity; a word found nowhere (a typo, pinyin) is as specific as the
      // rarest alternative that stands for it.
      const own = counted.get(term.text) ?? 0
      const counts = alternatives
        .flatMap((a) =>
          a.kind === 'words' && a.tokens.length === 1 ? [counted.get(a.tokens[0]!) ?? 0] : [],
        )
        .filter((c) => c > 0)
      const rarity = own > 0 ? own : counts.length > 0 ? Math.min(...counts) : 0
      // Single characters say little on their own in Chinese.
      const specificity = isCjk(term.text) && term.text.length === 1 ? SINGLE_HAN_SPECIFICITY : 1
      groups.push({
        alternatives,
        idf: idf(rarity) * specificity,
        documents: Math.max(own, ...counts),
      })
    }
    return groups
  }
}
