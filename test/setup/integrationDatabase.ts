/**
 * Gives every integration test file a database of its own, on the adapter the lane selects:
 * unset or `file:` → a temporary SQLite file; `postgres://` / `mongodb://` → a fresh database
 * named after the lane's, created by the adapter on first connect.
 */
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const lane = process.env.DATABASE_URL
const suffix = randomUUID().slice(0, 8)

if (!lane || lane.startsWith('file:')) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-test-'))
  process.env.DATABASE_URL = `file:${path.join(dir, 'kb.db')}`
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.SEARCH_INDEX_PATH = path.join(dir, 'search')
} else {
  const url = new URL(lane)
  url.pathname = `${url.pathname.replace(/^\//, '') || 'kb'}_test_${suffix}`
  process.env.DATABASE_URL = url.toString()
  process.env.MEDIA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-media-'))
  process.env.SEARCH_INDEX_PATH = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-search-'))
}
process.env.PAYLOAD_SECRET ??= `test-secret-${randomUUID()}`
