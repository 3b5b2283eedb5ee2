import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { EmbeddedEngine } from '@search/embedded/EmbeddedEngine'
import type { IndexConnections } from '@search/embedded/connections'
import { tablesOf } from '@search/embedded/schema'
import type { SearchDocument, SearchIndexName, SearchResult } from '@search/types'
import type { ReaderArea } from '@/domain/visibility'
import {
  CONTRACT_FIXTURE,
  CONTRACT_SETTINGS,
  EVERYWHERE,
  READERS,
  docVisibleTo,
  searchEngineContract,
} from './contract'

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

describe('embedded engine writes', () => {
  it('writes a long list in batches; a document that cannot be analysed stops it after the batches before it', async () => {
    const directory = mkdtempSync(path.join(os.tmpdir(), 'kb-search-batches-'))
    directories.push(directory)
    const engine = new EmbeddedEngine(directory)
    try {
      await engine.ensureIndexes(CONTRACT_SETTINGS)
      const template = CONTRACT_FIXTURE.agent_kb[0]!
      const documents: SearchDocument[] = Array.from({ length: 250 }, (_, i) => ({
        ...template,
        id: `bulk-${i}`,
        externalId: null,
        title: `批量条目 bulkmark${i}`,
        ownerLevel: 'hq',
        ownerCode: 'HQ',
        ownerProvince: null,
        ownerCity: null,
        overriddenIn: [],
      }))
      // Document 230 is in the third batch; its title is not text.
      documents[230] = { ...documents[230]!, title: null as unknown as string }
      await expect(engine.upsert('agent_kb', documents)).rejects.toThrow()
      const found = async (i: number) =>
        (
          await engine.search({
            index: 'agent_kb',
            q: `bulkmark${i}`,
            reader: { province: null, city: null },
            limit: 10,
            offset: 0,
          })
        ).hits.map((hit) => hit.id)
      expect((await found(0))[0]).toBe('bulk-0')
      expect((await found(199))[0]).toBe('bulk-199')
      // (one-typo matching brings its neighbours, such as bulkmark22)
      expect(await found(229)).not.toContain('bulk-229')
      // The same list without the bad document goes in whole.
      await engine.upsert(
        'agent_kb',
        documents.filter((_, i) => i !== 230),
      )
      expect((await found(229))[0]).toBe('bulk-229')
      expect((await found(249))[0]).toBe('bulk-249')
      expect((await engine.stats('agent_kb')).documents).toBe(249)
    } finally {
      await engine.close()
    }
  })
})

describe('embedded engine, an index written by an earlier version', () => {
  it('derives the visibility table it lacks on open; every reader gets the same hits as before', async () => {
    const directory = mkdtempSync(path.join(os.tmpdir(), 'kb-search-upgrade-'))
    directories.push(directory)
    const search = (engine: EmbeddedEngine) =>
      Promise.all(
        READERS.map(({ reader }) =>
          engine
            .search({ index: 'agent_kb', q: EVERYWHERE, reader, limit: 50, offset: 0 })
            .then((result) => result.hits.map((h) => h.id)),
        ),
      )
    const before = new EmbeddedEngine(directory)
    await before.ensureIndexes(CONTRACT_SETTINGS)
    await before.upsert('agent_kb', CONTRACT_FIXTURE.agent_kb)
    const hitsBefore = await search(before)
    await before.close()

    const db = createClient({ url: `file:${path.join(directory, 'index.db')}` })
    try {
      const { rows } = await db.execute(
        "SELECT generation FROM generations WHERE index_name = 'agent_kb' AND state = 'live'",
      )
      const t = tablesOf('agent_kb', Number(rows[0]!.generation))
      await db.execute(`DROP TABLE ${t.scope}`)

      const after = new EmbeddedEngine(directory)
      try {
        expect(await search(after)).toEqual(hitsBefore)
        expect(hitsBefore.some((ids) => ids.length > 0)).toBe(true)
        const count = async (table: string) =>
          Number((await db.execute(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n)
        expect(await count(t.scope)).toBe(await count(t.docs))
      } finally {
        await after.close()
      }
    } finally {
      db.close()
    }
  })
})

describe('embedded engine on a large index (other retrieval paths)', () => {
  /** Copies of the fixture, owners, channels and overrides included, past the large-index size. */
  const LARGE = 5000
  const copies = (index: SearchIndexName): SearchDocument[] =>
    Array.from({ length: Math.ceil(LARGE / CONTRACT_FIXTURE[index].length) }, (_, k) =>
      CONTRACT_FIXTURE[index].map((doc) => ({ ...doc, id: `${doc.id}-copy-${k}` })),
    ).flat()
  let engine: EmbeddedEngine
  const byId = new Map<string, SearchDocument>()

  beforeAll(async () => {
    const directory = mkdtempSync(path.join(os.tmpdir(), 'kb-search-large-'))
    directories.push(directory)
    engine = new EmbeddedEngine(directory)
    await engine.ensureIndexes(CONTRACT_SETTINGS)
    for (const index of ['agent_kb', 'online_hall'] as const) {
      const docs = copies(index)
      for (const doc of docs) byId.set(doc.id, doc)
      await engine.upsert(index, docs)
    }
    for (const index of ['agent_kb', 'online_hall'] as const)
      expect((await engine.stats(index)).documents).toBeGreaterThanOrEqual(LARGE)
  }, 60_000)
  afterAll(() => engine?.close())

  // A word in every document (only the newest matches are picked), a title word of one fixture
  // item (ranked by bm25), and one the index lacks.
  const queries = [EVERYWHERE, CONTRACT_FIXTURE.agent_kb[0]!.title.slice(0, 4), '蓝鲸不存在词']

  for (const { label, reader } of READERS) {
    for (const index of ['agent_kb', 'online_hall'] as const) {
      it(`${label} on ${index}: every hit is visible and on the channel, whichever path picked it`, async () => {
        const channel = index === 'agent_kb' ? 'agent_kb' : 'online_hall'
        for (const q of queries) {
          const { hits } = await engine.search({ index, q, reader, channel, limit: 50, offset: 0 })
          for (const hit of hits) {
            const doc = byId.get(hit.id)!
            expect(docVisibleTo(doc, reader), `${q}: ${hit.id}`).toBe(true)
            expect(doc.channels).toContain(channel)
          }
          if (q === EVERYWHERE) expect(hits.length).toBeGreaterThan(0)
        }
      })
    }
  }

  it('finds a rare word by weight, not age: its title match above a newer body match', async () => {
    const base = { ...CONTRACT_FIXTURE.agent_kb[0]!, ownerLevel: 'hq' as const, overriddenIn: [] }
    const marker = 'qzwxvbn'
    await engine.upsert('agent_kb', [
      { ...base, id: 'rare-in-title', title: `${marker} 办理说明`, body: '正文不提这个词。' },
    ])
    await engine.upsert('agent_kb', [
      { ...base, id: 'rare-in-body', title: '办理说明', body: `正文提到 ${marker} 一次。` },
    ])
    const { hits } = await engine.search({
      index: 'agent_kb',
      q: marker,
      reader: { province: null, city: null },
      limit: 10,
      offset: 0,
    })
    expect(hits.map((h) => h.id)).toEqual(['rare-in-title', 'rare-in-body'])
  })

  it('typed pinyin picks the titles it spells: whole, syllables apart, initials', async () => {
    for (const q of ['xiehaozhuanwang', 'xie hao zhuan wang', 'xhzw']) {
      const { hits } = await engine.search({
        index: 'agent_kb',
        q,
        reader: { province: null, city: null },
        limit: 10,
        offset: 0,
      })
      expect(hits.length, q).toBeGreaterThan(0)
      for (const hit of hits) expect(hit.title, q).toContain('携号转网')
    }
  })
})

describe('embedded engine result cache', () => {
  const request = (reader: ReaderArea, q = EVERYWHERE) => ({
    index: 'agent_kb' as const,
    q,
    reader,
    limit: 50,
    offset: 0,
  })
  const ids = (result: SearchResult) => result.hits.map((h) => h.id)

  /** An engine of its own with the agents' fixture, closed after `run`. */
  const withFixtureEngine = async (run: (engine: EmbeddedEngine) => Promise<void>) => {
    const directory = mkdtempSync(path.join(os.tmpdir(), 'kb-search-cache-'))
    directories.push(directory)
    const engine = new EmbeddedEngine(directory)
    try {
      await engine.ensureIndexes(CONTRACT_SETTINGS)
      await engine.upsert('agent_kb', CONTRACT_FIXTURE.agent_kb)
      await run(engine)
    } finally {
      await engine.close()
    }
  }

  it('answers a repeated search without reading the index; each reader gets their own result', () =>
    withFixtureEngine(async (engine) => {
      const first = await Promise.all(READERS.map(({ reader }) => engine.search(request(reader))))
      // Only the catalog may be read again (it is refreshed every second): never the documents.
      const { connections } = engine as unknown as { connections: IndexConnections }
      const reads = vi.spyOn(connections, 'read')
      for (const [i, { reader }] of READERS.entries()) {
        const again = await engine.search(request(reader))
        expect(ids(again)).toEqual(ids(first[i]!))
        expect(again.total).toBe(first[i]!.total)
        const fixture = new Map(CONTRACT_FIXTURE.agent_kb.map((d) => [d.id, d]))
        for (const id of ids(again)) expect(docVisibleTo(fixture.get(id)!, reader)).toBe(true)
      }
      const documentReads = reads.mock.calls.filter(
        ([s]) => !/FROM (generations|settings)\b/.test(JSON.stringify(s)),
      )
      expect(documentReads).toEqual([])
      // Readers differ in what they see, so the check above compared different results.
      expect(new Set(first.map((r) => ids(r).join())).size).toBeGreaterThan(1)
    }))

  it('a cached result cannot be changed by whoever receives it', () =>
    withFixtureEngine(async (engine) => {
      const hq = READERS[0]!.reader
      await engine.search(request(hq))
      const cached = await engine.search(request(hq))
      expect(cached.hits.length).toBeGreaterThan(1)
      expect(() => cached.hits.reverse()).toThrow(TypeError)
      expect(() => Object.assign(cached.hits[0]!, { title: 'changed' })).toThrow(TypeError)
      expect(ids(await engine.search(request(hq)))).toEqual(ids(cached))
    }))

  it("another process's write reaches a repeated search within the catalog's refresh", async () => {
    const directory = mkdtempSync(path.join(os.tmpdir(), 'kb-search-cache-'))
    directories.push(directory)
    const server = new EmbeddedEngine(directory)
    const cli = new EmbeddedEngine(directory)
    try {
      await server.ensureIndexes(CONTRACT_SETTINGS)
      const hq = READERS[0]!.reader
      const q = '量子加密通话'
      expect(ids(await server.search(request(hq, q)))).toEqual([])
      const [template] = CONTRACT_FIXTURE.agent_kb
      const written = Date.now()
      await cli.upsert('agent_kb', [{ ...template!, id: 'x-quantum', title: q }])
      let seenAfter = -1
      while (Date.now() - written < 5000) {
        if (ids(await server.search(request(hq, q))).includes('x-quantum')) {
          seenAfter = Date.now() - written
          break
        }
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      expect(seenAfter).toBeGreaterThanOrEqual(0)
      expect(seenAfter).toBeLessThan(2000)
      await cli.delete('agent_kb', ['x-quantum'])
      await new Promise((resolve) => setTimeout(resolve, 1100))
      expect(ids(await server.search(request(hq, q)))).toEqual([])
    } finally {
      await Promise.all([server.close(), cli.close()])
    }
  })
})
