import fs from 'node:fs'
import { fileURLToPath } from 'node:url'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '@seed/demoUsers'
import { loginOverHttp } from '@test/helpers/httpClient'
import { startApiServer } from '@test/helpers/httpServer'
import { bootSeededPayload } from '@test/helpers/payload'

const sqlite = process.env.DATABASE_URL?.startsWith('file:')
const LOGINS = 40

let payload: Payload
let api: Awaited<ReturnType<typeof startApiServer>>

beforeAll(async () => {
  payload = await bootSeededPayload()
  api = await startApiServer()
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

/** This process's open descriptors on the database file (Payload runs in the test process). */
function openHandlesOn(file: string): number {
  let count = 0
  for (const fd of fs.readdirSync('/proc/self/fd')) {
    try {
      if (fs.readlinkSync(`/proc/self/fd/${fd}`) === file) count += 1
    } catch {
      // closed between listing and reading
    }
  }
  return count
}

describe.runIf(sqlite && fs.existsSync('/proc/self/fd'))('database handles', () => {
  it(`${LOGINS} logins over HTTP leave the open handles on the SQLite file about where they were`, async () => {
    const file = fileURLToPath(new URL(process.env.DATABASE_URL!.replace(/^file:/, 'file://')))
    await loginOverHttp(api.url, 'agent.440100@demo.kb', DEMO_PASSWORD)
    const before = openHandlesOn(file)
    for (let i = 0; i < LOGINS; i += 1) {
      await loginOverHttp(api.url, 'agent.440100@demo.kb', DEMO_PASSWORD)
    }
    // Each write transaction used to open a connection that was never closed (one handle per login).
    expect(openHandlesOn(file) - before).toBeLessThanOrEqual(2)
  })
})
