import { createClient } from '@libsql/client'
import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { SEARCH_QUEUE } from '@/lib/jobQueues'
import { now, setClock } from '@/lib/clock'
import { demoUsersOverHttp } from '@test/helpers/httpClient'
import { startApiServer } from '@test/helpers/httpServer'
import { bootSeededPayload } from '@test/helpers/payload'

let payload: Payload
let api: Awaited<ReturnType<typeof startApiServer>>
const as = demoUsersOverHttp(() => api.url)

beforeAll(async () => {
  payload = await bootSeededPayload()
  // The seed's index updates, done: the backlog starts empty.
  await payload.jobs.run({ queue: SEARCH_QUEUE, limit: 1000 })
  api = await startApiServer()
})
afterEach(() => setClock(null))
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

type Health = {
  status: string
  checks: Record<string, { ok: boolean; ms: number }>
  searchSync?: { pending: number; failed: number; oldestPendingSeconds: number | null }
}

const health = async (get: (path: string) => Promise<Response> = (p) => fetch(api.url + p)) => {
  const res = await get('/api/kb/health')
  return { res, body: (await res.json()) as Health }
}

describe('GET /api/kb/health', () => {
  it('answers 200 when the database and the search engine answer, and is never cached', async () => {
    const { res, body } = await health()
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(body.status).toBe('ok')
    expect(body.checks.database!.ok).toBe(true)
    expect(body.checks.databaseWrite!.ok).toBe(true)
    expect(body.checks.search!.ok).toBe(true)
  })

  const sqliteFile = process.env.DATABASE_URL?.startsWith('file:') ? process.env.DATABASE_URL : null
  it.skipIf(!sqliteFile)(
    'answers 503 when the database answers reads but takes no write, and 200 once it does',
    async () => {
      // Another process holding SQLite's write lock past the busy timeout: every login would fail.
      const elsewhere = createClient({ url: sqliteFile! })
      const hold = await elsewhere.transaction('write')
      try {
        const { res, body } = await health()
        expect(res.status).toBe(503)
        expect(body.checks.database!.ok).toBe(true)
        expect(body.checks.databaseWrite!.ok).toBe(false)
      } finally {
        await hold.rollback()
        elsewhere.close()
      }
      expect((await health()).res.status).toBe(200)
    },
  )

  it('tells only headquarters admins how far the search sync lags; nobody else sees it', async () => {
    expect((await health()).body.searchSync).toBeUndefined()
    for (const [role, unit] of [
      ['admin', '440000'],
      ['admin', '440100'],
      ['agent', '440100'],
      ['editor', '100000'],
    ] as const) {
      const client = await as(role, unit)
      const { res, body } = await health(client.get)
      expect(res.status, `${role}.${unit}`).toBe(200)
      expect(body.searchSync, `${role}.${unit}`).toBeUndefined()
    }

    const hqAdmin = await as('admin', '100000')
    const before = (await health(hqAdmin.get)).body.searchSync!
    expect(before).toEqual({ pending: 0, failed: 0, oldestPendingSeconds: null })

    // One update queued (nothing runs the queue here) and one that gave up after its retries.
    const start = now()
    await payload.jobs.queue({
      task: 'syncSearchIndex',
      input: { knowledgeId: 'health-pending' },
      queue: SEARCH_QUEUE,
    })
    await payload.db.create({
      collection: 'payload-jobs',
      data: {
        taskSlug: 'syncSearchIndex',
        input: { knowledgeId: 'health-failed' },
        queue: SEARCH_QUEUE,
        hasError: true,
        totalTried: 10,
        error: { message: 'engine down' },
      },
    })
    setClock(new Date(start.getTime() + 90_000))
    const after = (await health(hqAdmin.get)).body.searchSync!
    expect(after.pending).toBe(1)
    expect(after.failed).toBe(1)
    expect(after.oldestPendingSeconds).toBeGreaterThanOrEqual(89)
    expect(after.oldestPendingSeconds).toBeLessThan(120)
  })

  it('answers 503 naming the database, without its error, when the database does not answer', async () => {
    await payload.db.destroy?.()
    const { res, body } = await health()
    expect(res.status).toBe(503)
    expect(body.status).toBe('unavailable')
    expect(body.checks.database!.ok).toBe(false)
    expect(JSON.stringify(body)).not.toMatch(/error|closed|sqlite|postgres|mongo/i)
  })
})
