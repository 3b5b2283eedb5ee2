import type { SearchIndexName } from '../types'
import type { Generation } from './catalog'
import type { IndexConnections } from './connections'
import type { Tables } from './schema'
import { LATIN_TERMS_TTL_MS } from './tuning'

const isLatinTerm = (term: string) => /^[a-z][a-z0-9]*$/.test(term)

/**
 * Latin terms of each index, for one-typo matching of words like `volte` and `esim`. Listing them
 * walks every Latin doclist (150–300 ms at 100k documents), so the list is kept: this process adds
 * what it writes, and re-reads it in the background every LATIN_TERMS_TTL_MS for what other
 * processes wrote.
 */
export class LatinTerms {
  private readonly lists = new Map<
    SearchIndexName,
    { generation: number; at: number; terms: Set<string>; refreshing?: Promise<void> }
  >()

  constructor(private readonly connections: IndexConnections) {}

  async of(index: SearchIndexName, live: Generation, t: Tables): Promise<Set<string>> {
    const cached = this.lists.get(index)
    if (cached?.generation === live.generation) {
      if (Date.now() - cached.at > LATIN_TERMS_TTL_MS && !cached.refreshing) {
        cached.refreshing = this.read(index, live.generation, t).catch(() => undefined)
      }
      return cached.terms
    }
    await this.read(index, live.generation, t)
    return this.lists.get(index)!.terms
  }

  /** Keeps the list of a generation current with what this process writes to it. */
  note(index: SearchIndexName, generation: number, tokens: readonly string[]): void {
    const cached = this.lists.get(index)
    if (cached?.generation !== generation) return
    for (const token of tokens) if (isLatinTerm(token)) cached.terms.add(token)
  }

  private async read(index: SearchIndexName, generation: number, t: Tables) {
    const at = Date.now()
    const rows = await this.connections.read(
      `SELECT term FROM ${t.vocab} WHERE term >= 'a' AND term < '{'`,
    )
    const terms = new Set(rows.map((r) => String(r.term)).filter(isLatinTerm))
    this.lists.set(index, { generation, at, terms })
  }
}
