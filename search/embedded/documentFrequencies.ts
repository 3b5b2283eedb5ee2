import type { SearchIndexName } from '../types'
import type { Generation } from './catalog'
import type { IndexConnections } from './connections'
import type { Tables } from './schema'
import { DF_CACHE_SIZE } from './tuning'

/** What FTS5's unicode61 tokenizer makes of one of our tokens: it splits on all but letters and digits. */
const ftsTokens = (token: string) => token.split(/[^\p{L}\p{N}\p{Co}]+/u).filter(Boolean)

/**
 * How many documents of an index hold each token. Counting a common word walks its whole doclist,
 * so counts are kept per index, valid for one generation at one version (any write clears them),
 * DF_CACHE_SIZE at most.
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
      const rows = await this.connections.read({
        sql: `SELECT term, doc FROM ${t.vocab} WHERE term IN (${unknown.map(() => '?').join(', ')})`,
        args: unknown,
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
