/**
 * Builds FTS5 MATCH expressions. Every user word goes in as a double-quoted string with inner quotes
 * doubled, so FTS5 reads it as text, never as syntax (`NEAR(`, `OR`, `*`, `-`, `:` included).
 */

/** A quoted FTS5 string: FTS5's own tokenizer turns it into a phrase of its tokens. */
export const quote = (text: string): string =>
  // FTS5 reads its query as a C string: a NUL would end it mid-quote.
  `"${text.replace(/\u0000/g, '').replace(/"/g, '""')}"`

/** What can stand for one query word, each alternative a way a document may contain it. */
export type Alternative =
  /** All of these index tokens, anywhere in title or body. */
  | { kind: 'words'; tokens: string[]; weight: number }
  /** These pinyin syllables in a row in the title's pinyin (a homophone typo). */
  | { kind: 'syllables'; syllables: string[]; weight: number }
  /** A pinyin key (full or initials) the title's words start with. */
  | { kind: 'pinyinPrefix'; key: string; weight: number }

/** Where words are looked for: title or body, or the title alone. */
export type WordColumns = 'text' | 'title'

const COLUMNS: Record<WordColumns, string> = { text: '{title body}', title: 'title' }

export function alternativeExpression(
  alternative: Alternative,
  columns: WordColumns = 'text',
): string {
  switch (alternative.kind) {
    case 'words':
      return `${COLUMNS[columns]} : (${alternative.tokens.map(quote).join(' AND ')})`
    case 'syllables':
      return `pinyin : ${quote(alternative.syllables.join(' '))}`
    case 'pinyinPrefix':
      return `pinyin : ${quote(alternative.key)} *`
  }
}

/**
 * Any alternative of any word (recall is broad; ranking decides what comes first), or with
 * `every`, some alternative of every word.
 */
export function matchExpression(
  groups: readonly Alternative[][],
  { every = false, columns = 'text' }: { every?: boolean; columns?: WordColumns } = {},
): string | null {
  const parts = groups
    .filter((alternatives) => alternatives.length > 0)
    .map(
      (alternatives) =>
        `(${alternatives.map((a) => alternativeExpression(a, columns)).join(' OR ')})`,
    )
  return parts.length > 0 ? parts.join(every ? ' AND ' : ' OR ') : null
}

/** Field weights of a match: the same as bm25's column weights. */
export type FieldWeights = { title: number; body: number; pinyin: number }

/** One FTS5 lookup of a weighted match: documents matching `match` score `score` for word `group`. */
export type WeightedArm = { group: number; match: string; score: number }

/**
 * The lookups that score a document by the rarest words it holds and where: per word, its best
 * alternative (alternative weight × word rarity × field weight; a title match counts as title).
 */
export function weightedArms(
  groups: readonly { alternatives: readonly Alternative[]; idf: number }[],
  weights: FieldWeights,
): WeightedArm[] {
  return groups.flatMap(({ alternatives, idf }, group) =>
    alternatives.flatMap((alternative): WeightedArm[] => {
      const score = (field: number) => idf * alternative.weight * field
      return alternative.kind === 'words'
        ? [
            { group, match: alternativeExpression(alternative), score: score(weights.body) },
            {
              group,
              match: alternativeExpression(alternative, 'title'),
              score: score(weights.title),
            },
          ]
        : [{ group, match: alternativeExpression(alternative), score: score(weights.pinyin) }]
    }),
  )
}
