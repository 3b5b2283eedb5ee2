import type { Alternative } from './ftsQuery'
import type { RankedGroup } from './rank'
import { COMMON_SHARE, LARGE_INDEX } from './tuning'

/**
 * How candidates are picked. A small index lets every alternative of every word pick, scored by
 * FTS5's bm25. On a large index a word in most documents would make FTS5 score most of the index
 * while telling little, so only the rarest words pick, as many as fit a budget of matches (all
 * words still rank); a word the index holds as written picks by itself and its one-word synonyms,
 * while its parts and pinyin (as whole-word keys) stand in only for words the index lacks. Those
 * matches are weighted by field and word rarity instead of bm25, whose per-row cost (each match's
 * column sizes and positions) grows with the index. A query made of common words only picks,
 * unscored, the newest documents that hold all of them, in the title first: scoring tens of
 * thousands of matches would only reorder near-equals.
 */
export type RetrievalPlan = { kind: 'bm25' | 'weighted' | 'newest'; groups: RankedGroup[] }

/**
 * A homophone as one pinyin token: titles index each word's full pinyin, so `guo hu` is looked up
 * as the word key `guohu*` instead of a phrase over two syllables that thousands of titles hold.
 */
const pinyinWordFor = (alternative: Alternative): Alternative =>
  alternative.kind === 'syllables'
    ? { kind: 'pinyinPrefix', key: alternative.syllables.join(''), weight: alternative.weight }
    : alternative

export function retrievalPlan(groups: readonly RankedGroup[], documents: number): RetrievalPlan {
  if (documents < LARGE_INDEX) return { kind: 'bm25', groups: [...groups] }
  const asWritten = groups.map((g) => ({
    ...g,
    alternatives:
      g.documents > 0
        ? g.alternatives.filter((a) => a.kind === 'words' && a.tokens.length === 1)
        : g.alternatives.map(pinyinWordFor),
  }))
  // The rarest words pick, as many as FTS5 can score within the budget of matches.
  const budget = documents * COMMON_SHARE
  const picking: RankedGroup[] = []
  let matches = 0
  for (const group of [...asWritten].sort((a, b) => a.documents - b.documents)) {
    if (group.documents > budget || (picking.length > 0 && matches + group.documents > budget))
      break
    picking.push(group)
    matches += group.documents
  }
  if (picking.length > 0) return { kind: 'weighted', groups: picking }
  return { kind: 'newest', groups: asWritten }
}
