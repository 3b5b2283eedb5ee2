import { type Analyzer, analyzerFor } from '../text/analyzer'
import type { GlossaryEntry, SearchSettings } from '../types'
import type { IndexConnections } from './connections'
import { CATALOG_TTL_MS } from './tuning'

/**
 * The glossary stored with the index, and the analyzer made from it. Another process may change
 * it: the stored value is read again once CATALOG_TTL_MS has passed, and a changed one makes a new
 * analyzer (so results cached for the old one stop coming up).
 */
export class GlossarySettings {
  private current: { raw: string; analyzer: Analyzer } | null = null
  private checkedAt = 0

  constructor(private readonly connections: IndexConnections) {}

  async save(settings: SearchSettings): Promise<void> {
    this.checkedAt = 0
    await this.connections.write([
      {
        sql: `INSERT INTO settings (key, value) VALUES ('glossary', ?)
              ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
        args: [JSON.stringify(settings.glossary)],
      },
    ])
  }

  async analyzer(): Promise<Analyzer> {
    if (this.current && Date.now() - this.checkedAt < CATALOG_TTL_MS) {
      return this.current.analyzer
    }
    this.checkedAt = Date.now()
    const rows = await this.connections.read("SELECT value FROM settings WHERE key = 'glossary'")
    const raw = String(rows[0]?.value ?? '[]')
    if (this.current?.raw !== raw) {
      this.current = { raw, analyzer: analyzerFor(JSON.parse(raw) as GlossaryEntry[]) }
    }
    return this.current.analyzer
  }
}
