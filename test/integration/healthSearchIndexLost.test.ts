import fs from 'node:fs'

import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { searchEngine } from '@search/engine'
import { SEARCH_QUEUE } from '@/lib/jobQueues'
import type { SearchEngine } from '@search/types'
import { rebuildLostSearchIndexes } from '@/server/rebuildLostSearchIndexes'
import { startApiServer } from '@test/helpers/httpServer'
import { createKnowledgeAt } from '@test/helpers/knowledge'
import { bootSeededPayload } from '@test/helpers/payload'

// The embedded engine's folder, which this file deletes (see test/setup/integrationDatabase.ts).
const indexFolder = process.env.SEARCH_INDEX_PATH!
const embedded = !process.env.MEILI_URL

let payload: Payload
let api: Awaited<ReturnType<typeof startApiServer>>

const runSearchQueue = () => payload.jobs.run({ queue: SEARCH_QUEUE, limit: 1000 })

const health = async () => {
  const res = await fetch(`${api.url}/api/kb/health`)
  return { status: res.status, body: await res.json() }
}

/** What a visitor in Guangzhou finds in the online hall. */
const found = async (q: string) => {
  const res = await fetch(
    `${api.url}/api/kb/search?q=${encodeURIComponent(q)}&province=440000&city=440100`,
  )
  return ((await res.json()).hits as Array<{ title: string }>).map((hit) => hit.title)
}

beforeAll(async () => {
  payload = await bootSeededPayload()
  await createKnowledgeAt(payload, '100000', {
    state: 'published',
    title: '健康检查 独角鲸业务说明',
  })
  await runSearchQueue()
  api = await startApiServer()
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

it('answers 200 while published items still wait in the outbox for the index', async () => {
  expect(await found('独角鲸')).toEqual(['健康检查 独角鲸业务说明'])
  // Queued, not yet applied: the index lacks them for now.
  for (let i = 0; i < 3; i++)
    await createKnowledgeAt(payload, '440000', { state: 'published', title: `待同步条目 ${i}` })
  const { status, body } = await health()
  expect(status).toBe(200)
  expect(body.checks.searchIndexes.ok).toBe(true)
  await runSearchQueue()
  expect((await health()).status).toBe(200)
})

it.skipIf(!embedded)(
  'answers 503 once the index folder of the running instance is deleted, naming no path',
  async () => {
    fs.rmSync(indexFolder, { recursive: true, force: true })
    const { status, body } = await health()
    expect(status).toBe(503)
    expect(body.checks.database.ok).toBe(true)
    expect(body.checks.searchIndexes.ok).toBe(false)
    expect(JSON.stringify(body)).not.toMatch(/index\.db|kb-test|error/i)
  },
)

it.skipIf(!embedded)(
  'started again without its index, it says 503 and rebuilds it from the database, then finds the items again',
  async () => {
    // A restart: the engine opens its folder anew and finds nothing there.
    const holder = globalThis as typeof globalThis & { kbSearchEngine?: Promise<SearchEngine> }
    await (await holder.kbSearchEngine)?.close()
    holder.kbSearchEngine = undefined
    await searchEngine(payload)
    expect(fs.existsSync(indexFolder)).toBe(true)
    const before = await health()
    expect(before.status).toBe(503)
    expect(before.body.checks.search.ok).toBe(true)
    expect(before.body.checks.searchIndexes.ok).toBe(false)
    expect(await found('独角鲸')).toEqual([])

    const lost = await rebuildLostSearchIndexes(payload)
    expect(lost.map((coverage) => [coverage.index, coverage.actual])).toEqual([
      ['online_hall', 0],
      ['agent_kb', 0],
    ])
    // Asked again before the worker ran: one rebuild queued, not two.
    await rebuildLostSearchIndexes(payload)
    const queued = await payload.count({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'rebuildSearchIndexes' }, completedAt: { exists: false } },
    })
    expect(queued.totalDocs).toBe(1)

    await runSearchQueue()
    expect((await health()).status).toBe(200)
    expect(await found('独角鲸')).toEqual(['健康检查 独角鲸业务说明'])
    expect(await rebuildLostSearchIndexes(payload)).toEqual([])
  },
)
