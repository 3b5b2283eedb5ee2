import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it, vi } from 'vitest'

import { startApiServer } from '@test/helpers/httpServer'
import { bootPayload } from '@test/helpers/payload'

// An embedded index that cannot be opened: its folder would have to be made inside a regular file.
// Set before the config (and its environment) is first read.
vi.hoisted(async () => {
  const fs = await import('node:fs')
  const os = await import('node:os')
  const path = await import('node:path')
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kb-health-')), 'not-a-folder')
  fs.writeFileSync(file, '')
  process.env.SEARCH_INDEX_PATH = path.join(file, 'search')
  delete process.env.MEILI_URL
})

let payload: Payload
let api: Awaited<ReturnType<typeof startApiServer>>

beforeAll(async () => {
  payload = await bootPayload()
  api = await startApiServer()
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

it('GET /api/kb/health answers 503 naming the search engine, without its error, when it cannot open its index', async () => {
  const res = await fetch(`${api.url}/api/kb/health`)
  expect(res.status).toBe(503)
  const body = await res.json()
  expect(body.status).toBe('unavailable')
  expect(body.checks.database.ok).toBe(true)
  expect(body.checks.search.ok).toBe(false)
  expect(JSON.stringify(body)).not.toMatch(/ENOTDIR|not-a-folder|error/i)
})
