import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, describe, expect, it } from 'vitest'

import { EmbeddedEngine } from '../../../search/embedded/EmbeddedEngine'
import { tablesOf } from '../../../search/embedded/schema'
import { CONTRACT_FIXTURE, CONTRACT_SETTINGS, searchEngineContract } from './contract'

/** Every engine gets a temporary folder of its own; all are removed when the file is done. */
const directories: string[] = []

afterAll(() => {
  for (const directory of directories) rmSync(directory, { recursive: true, force: true })
})

searchEngineContract('embedded', async () => {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'kb-search-contract-'))
  directories.push(directory)
  return new EmbeddedEngine(directory)
})

describe('embedded engine upkeep', () => {
  it('merges a small index into fewer segments a moment after a burst of writes; hits stay the same', async () => {
    const directory = mkdtempSync(path.join(os.tmpdir(), 'kb-search-optimize-'))
    directories.push(directory)
    const engine = new EmbeddedEngine(directory)
    const db = createClient({ url: `file:${path.join(directory, 'index.db')}` })
    try {
      await engine.ensureIndexes(CONTRACT_SETTINGS)
      // One write per document, as the sync worker does: each adds an FTS5 segment.
      for (const doc of CONTRACT_FIXTURE.agent_kb) await engine.upsert('agent_kb', [doc])
      const { rows } = await db.execute(
        "SELECT generation FROM generations WHERE index_name = 'agent_kb' AND state = 'live'",
      )
      const fts = tablesOf('agent_kb', Number(rows[0]!.generation)).fts
      const pages = async () =>
        Number((await db.execute(`SELECT count(*) AS n FROM ${fts}_data`)).rows[0]!.n)
      const request = {
        index: 'agent_kb' as const,
        q: CONTRACT_FIXTURE.agent_kb[0]!.title,
        reader: { province: null, city: null },
        limit: 10,
        offset: 0,
      }
      const before = await pages()
      const hitsBefore = (await engine.search(request)).hits.map((h) => h.id)
      await new Promise((resolve) => setTimeout(resolve, 1500))
      expect(await pages()).toBeLessThan(before)
      expect((await engine.search(request)).hits.map((h) => h.id)).toEqual(hitsBefore)
    } finally {
      db.close()
      await engine.close()
    }
  })
})
