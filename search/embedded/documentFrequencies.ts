import type { SearchIndexName } from '../types'
import type { Generation } from './catalog'
import type { IndexConnections } from './connections'
import { quote } from './ftsQuery'
import type { Tables } from './schema'
import { DF_CACHE_SIZE } from './tuning'

/** What FTS5's unicode61 tokenizer makes of one of our tokens: it splits on all but letters and digits. */
const ftsTokens = (token: string) => token.split(/[^\p{L}\p{N}\p{Co}]+/u).filter(Boolean)

/** A piece the title-pinyin column may hold too: its tokens are Latin letters (`xhzw`, `an`). */
const mayBePinyin = (piece: string) => /^[a-z]+$/.test(piece)

/**
 * How many documents of an index hold each token in title or body, where words are looked for. The
 * title pinyin does not count: counted, every pinyin a user types (`xhzw`) would seem a word the
 * index holds as written, and never be read as pinyin. Counting a common word walks its whole
 * doclist, so counts are kept per index, valid for one generation at one version (any write clears
 * them), DF_CACHE_SIZE at most.
 */
export class DocumentFrequencies {
  private readonly counts = new Map<SearchIndexName, { key: string; df: Map<string, number> }>()

  constructor(private readonly connections: IndexConnections) {}

  /** Tokens no document holds are left out. */
  async of(
    index: SearchIndexName,
    live: Generation,
    t: Tables,
    tokens: string[],
  ): Promise<Map<string, number>> {
    const key = `${live.generation}:${live.version}`
    let cached = this.counts.get(index)
    if (cached?.key !== key || cached.df.size > DF_CACHE_SIZE) {
      cached = { key, df: new Map() }
      this.counts.set(index, cached)
    }
    const known = cached.df
    const pieces = new Map(tokens.map((token) => [token, ftsTokens(token)]))
    const unknown = [...new Set([...pieces.values()].flat())].filter((piece) => !known.has(piece))
    if (unknown.length > 0) {
      // The vocabulary counts every column, so it only serves pieces no pinyin token can be; the
      // others are counted by a match on title and body. One statement: one round trip.
      const plain = unknown.filter((piece) => !mayBePinyin(piece))
      const latin = unknown.filter(mayBePinyin)
      const lookups = latin.map(
        () => `SELECT ? AS term, count(*) AS doc FROM ${t.fts} WHERE ${t.fts} MATCH ?`,
      )
      if (plain.length > 0) {
        const list = plain.map(() => '?').join(', ')
        lookups.unshift(`SELECT term, doc FROM ${t.vocab} WHERE term IN (${list})`)
      }
      const rows = await this.connections.read({
        sql: lookups.join(' UNION ALL '),
        args: [...plain, ...latin.flatMap((piece) => [piece, `{title body} : ${quote(piece)}`])],
      })
      for (const piece of unknown) known.set(piece, 0)
      for (const r of rows) known.set(String(r.term), Number(r.doc))
    }
    // A token FTS5 splits (`10%` → `10`, `wi-fi` → `wi fi`) is a phrase: at most its rarest piece.
    const df = new Map<string, number>()
    for (const [token, parts] of pieces) {
      const count = parts.length > 0 ? Math.min(...parts.map((part) => known.get(part) ?? 0)) : 0
      if (count > 0) df.set(token, count)
    }
    return df
  }
}
