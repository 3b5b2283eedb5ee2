import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { seed } from '@seed/index'
import { pollQueue } from '@/jobs/pollQueue'
import { SEARCH_QUEUE } from '@/lib/jobQueues'
import { demoUsersOverHttp } from '@test/helpers/httpClient'
import { startApiServer } from '@test/helpers/httpServer'
import { createKnowledgeAt } from '@test/helpers/knowledge'
import { bootPayload } from '@test/helpers/payload'

// The server (this process, with its search sync worker as `next start` runs it) and an import in
// another process write the same SQLite database and search index.
let payload: Payload
let api: Awaited<ReturnType<typeof startApiServer>>
let stopWorker: () => void
let categoryId: string
let publishedId: string
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-import-writes-'))
const as = demoUsersOverHttp(() => api.url)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const sqlite = !process.env.DATABASE_URL || process.env.DATABASE_URL.startsWith('file:')

/** Enough rows for the import's one transaction to hold SQLite's write lock for several seconds. */
const ROWS = 400

beforeAll(async () => {
  payload = await bootPayload()
  await seed(payload, { orgOnly: true })
  api = await startApiServer()
  stopWorker = pollQueue(payload, SEARCH_QUEUE, 200)
  categoryId = (await payload.find({ collection: 'categories', limit: 1 })).docs[0]!.id
  publishedId = (await createKnowledgeAt(payload, '440000', { state: 'published' })).id
})
afterAll(async () => {
  stopWorker?.()
  await api?.close()
  await payload?.destroy()
  fs.rmSync(dir, { recursive: true, force: true })
})

/** `npm run kb -- import FILE --publish` in a process of its own, on this file's database and index. */
function importInAnotherProcess(file: string) {
  const child = spawn(
    process.execPath,
    ['--conditions=production', '--import', 'tsx', 'src/cli/kb.ts', 'import', file, '--publish'],
    { env: { ...process.env, LOG_DESTINATION: 'stderr', JOBS_AUTORUN: 'false' } },
  )
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))
  let running = true
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      running = false
      resolve(code)
    }),
  )
  return { running: () => running, exited, stderr: () => stderr }
}

// On SQLite the import's one transaction holds the write lock, so the server's writes must wait
// for it rather than fail. On PostgreSQL both processes also poll the same search queue: the
// import must wait for the jobs the server claimed and survive a run racing the server's.
it("the server's own writes wait for an import in another process instead of failing", async () => {
  const file = path.join(dir, 'rows.jsonl')
  const rows = Array.from({ length: ROWS }, (_, i) =>
    JSON.stringify({
      id: `bulk-${i}`,
      title: `批量导入条目 ${i} 宽带提速`,
      body: `批量导入的正文 ${i}。宽带提速办理须知。`,
      category: '批量导入',
      scope: { level: 'national' },
      channels: ['online_hall', 'agent_kb'],
    }),
  )
  fs.writeFileSync(file, rows.join('\n') + '\n')
  const editor = await as('editor', '440100')

  const cli = importInAnotherProcess(file)
  const writes: Array<{ what: string; status: number }> = []
  // An editor's save and a page view's count, taking turns.
  while (cli.running()) {
    const n = writes.length
    const res =
      n % 2 === 0
        ? await editor.post('/api/knowledge?draft=true', {
            kind: 'faq',
            title: `导入期间的编辑 ${n}`,
            summary: '导入期间保存',
            category: categoryId,
            channels: ['online_hall', 'agent_kb'],
          })
        : await fetch(`${api.url}/api/knowledge/${publishedId}/view`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ province: '440000' }),
          })
    writes.push({ what: n % 2 === 0 ? 'save' : 'view', status: res.status })
    await sleep(150)
  }

  expect(writes.length).toBeGreaterThan(4)
  expect(writes.filter((w) => w.status >= 300)).toEqual([])
  expect(await cli.exited, cli.stderr().slice(-2000)).toBe(0)
  expect(cli.stderr()).toContain(`[${ROWS}/${ROWS}]`)
  const saves = await payload.count({
    collection: 'knowledge',
    where: { title: { like: '导入期间的编辑' } },
    overrideAccess: true,
  })
  expect(saves.totalDocs).toBe(writes.filter((w) => w.what === 'save').length)
}, 300_000)

it.skipIf(!sqlite)(
  'a write waiting for another writer leaves the thread to other work, and goes through once it may',
  async () => {
    const editor = await as('editor', '440100')
    // Another process's writer, as SQLite sees it: a connection of its own holding the write lock.
    const other = createClient({ url: process.env.DATABASE_URL! })
    const holder = await other.transaction('write')
    let ticks = 0
    const ticker = setInterval(() => (ticks += 1), 100)
    // Waiting inside SQLite (5 s) would hold this very timer back, and then fail the save.
    setTimeout(() => void holder.rollback(), 3000)
    try {
      const res = await editor.post('/api/knowledge?draft=true', {
        kind: 'faq',
        title: '等待写锁的保存',
        summary: '另一个进程持有写锁',
        category: categoryId,
        channels: ['agent_kb'],
      })
      expect(res.status, await res.clone().text()).toBe(201)
      expect(ticks).toBeGreaterThan(10)
    } finally {
      clearInterval(ticker)
      other.close()
    }
  },
)
