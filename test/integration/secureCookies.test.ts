import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { DEMO_PASSWORD } from '@seed/demoUsers'
import { seed } from '@seed/index'
import { startApiServer } from '@test/helpers/httpServer'
import { createKnowledgeAt } from '@test/helpers/knowledge'
import { bootPayload } from '@test/helpers/payload'

// A deployment behind HTTPS: set before the config (and its environment) is first read.
vi.hoisted(() => {
  process.env.SERVER_URL = 'https://kb.example.com'
})

let payload: Payload
let api: Awaited<ReturnType<typeof startApiServer>>

beforeAll(async () => {
  payload = await bootPayload()
  await seed(payload)
  api = await startApiServer()
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

const post = (path: string, body: unknown) =>
  fetch(`${api.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

describe('cookies when SERVER_URL is https', () => {
  it('the session cookie of a login is Secure and HttpOnly', async () => {
    const login = await post('/api/users/login', {
      email: 'agent.440100@demo.kb',
      password: DEMO_PASSWORD,
    })
    expect(login.status).toBe(200)
    const session = login.headers.getSetCookie().find((c) => c.startsWith('payload-token='))
    expect(session).toMatch(/;\s*Secure/i)
    expect(session).toMatch(/;\s*HttpOnly/i)
  })

  it("a visitor's vote cookie is Secure and HttpOnly", async () => {
    const faq = await createKnowledgeAt(payload, '440000', { state: 'published' })
    const vote = await post(`/api/knowledge/${faq.id}/vote`, { helpful: true })
    expect(vote.status).toBe(201)
    const visitor = vote.headers.getSetCookie().find((c) => c.startsWith('kb-visitor='))
    expect(visitor).toMatch(/;\s*Secure/)
    expect(visitor).toMatch(/;\s*HttpOnly/)
  })
})
