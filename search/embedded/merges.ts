import type { Generation } from './catalog'
import type { IndexConnections } from './connections'
import type { SearchIndexName } from '../types'
import { type Tables, tablesOf } from './schema'
import { OPTIMIZE_BELOW, OPTIMIZE_DELAY_MS } from './tuning'

/**
 * Merges FTS5's segments. Every write adds a segment, and each query term is looked up in every
 * segment: a small index is merged into one a moment (OPTIMIZE_DELAY_MS) after a burst of writes,
 * and a rebuilt one at once (it is read far more than it is written).
 */
export class Merges {
  private readonly timers = new Map<string, NodeJS.Timeout>()

  constructor(private readonly connections: IndexConnections) {}

  /** After a write: schedules a merge of each generation still small enough. */
  afterWrite(index: SearchIndexName, generations: readonly Generation[]): void {
    for (const g of generations) {
      if (g.documents < OPTIMIZE_BELOW) this.schedule(tablesOf(index, g.generation))
    }
  }

  /** Merges at once (≈ 2 s at 100k items). */
  async now(t: Tables): Promise<void> {
    await this.connections.write([`INSERT INTO ${t.fts} (${t.fts}) VALUES ('optimize')`])
  }

  stop(): void {
    for (const timer of this.timers.values()) clearTimeout(timer)
    this.timers.clear()
  }

  private schedule(t: Tables) {
    if (this.timers.has(t.fts)) return
    const timer = setTimeout(() => {
      this.timers.delete(t.fts)
      // A rebuild may have dropped the generation meanwhile: nothing left to merge.
      this.now(t).catch(() => undefined)
    }, OPTIMIZE_DELAY_MS)
    timer.unref()
    this.timers.set(t.fts, timer)
  }
}
