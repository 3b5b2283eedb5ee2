import type { InStatement } from '@libsql/client'

import type { SearchIndexName } from '../types'
import type { IndexConnections } from './connections'
import { type Tables, dropGenerationDdl, generationDdl, tablesOf } from './schema'
import { CATALOG_TTL_MS } from './tuning'

/**
 * One generation of an index: a complete set of its tables. Searches read the live one; a rebuild
 * writes a building one and then swaps it in. `version` grows with every write to it.
 */
export type Generation = {
  generation: number
  state: 'live' | 'building'
  documents: number
  version: number
}

/** The statement that recounts a generation's documents and bumps its version (ends every write). */
export const countStatement = (
  index: SearchIndexName,
  generation: number,
  t: Tables,
): InStatement => ({
  sql: `UPDATE generations SET documents = (SELECT count(*) FROM ${t.docs}), version = version + 1
        WHERE index_name = ? AND generation = ?`,
  args: [index, generation],
})

/**
 * The catalog of generations, stored in the index file. This process keeps a copy per index,
 * replaced by every fresh read: searches may use it for CATALOG_TTL_MS, writers always read anew
 * (another process may have rebuilt or written meanwhile).
 */
export class Catalog {
  private readonly copies = new Map<SearchIndexName, { at: number; generations: Generation[] }>()

  constructor(private readonly connections: IndexConnections) {}

  async generations(index: SearchIndexName, fresh = true): Promise<Generation[]> {
    const cached = this.copies.get(index)
    if (!fresh && cached && Date.now() - cached.at < CATALOG_TTL_MS) return cached.generations
    const rows = await this.connections.read({
      sql: 'SELECT generation, state, documents, version FROM generations WHERE index_name = ? ORDER BY generation',
      args: [index],
    })
    const generations = rows.map((r) => ({
      generation: Number(r.generation),
      state: r.state as Generation['state'],
      documents: Number(r.documents),
      version: Number(r.version),
    }))
    this.copies.set(index, { at: Date.now(), generations })
    return generations
  }

  /** Searches may use a copy up to CATALOG_TTL_MS old; writers always read the catalog. */
  async live(index: SearchIndexName, fresh = true): Promise<Generation | null> {
    return (await this.generations(index, fresh)).find((g) => g.state === 'live') ?? null
  }

  /** Drops this process's copy: the next read goes to the file. */
  forget(index: SearchIndexName): void {
    this.copies.delete(index)
  }

  async create(index: SearchIndexName, state: Generation['state']): Promise<number> {
    const existing = await this.generations(index)
    const generation = Math.max(0, ...existing.map((g) => g.generation)) + 1
    await this.connections.write([
      ...generationDdl(tablesOf(index, generation)),
      {
        sql: 'INSERT INTO generations (index_name, generation, state) VALUES (?, ?, ?)',
        args: [index, generation, state],
      },
    ])
    return generation
  }

  async drop(index: SearchIndexName, generation: number): Promise<void> {
    await this.connections.write([
      {
        sql: 'DELETE FROM generations WHERE index_name = ? AND generation = ?',
        args: [index, generation],
      },
      ...dropGenerationDdl(tablesOf(index, generation)),
    ])
  }

  /** Makes a built generation the live one and drops the one it replaces. */
  async promote(index: SearchIndexName, generation: number): Promise<void> {
    const previous = await this.live(index)
    await this.connections.write([
      {
        sql: `UPDATE generations SET state = 'live' WHERE index_name = ? AND generation = ?`,
        args: [index, generation],
      },
      ...(previous
        ? [
            {
              sql: 'DELETE FROM generations WHERE index_name = ? AND generation = ?',
              args: [index, previous.generation],
            },
          ]
        : []),
    ])
    if (previous)
      await this.connections.write(dropGenerationDdl(tablesOf(index, previous.generation)))
    // This process's searches (and their cached results) move to the new generation at once.
    await this.generations(index)
  }
}
