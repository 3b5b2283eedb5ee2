import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '@seed/demoUsers'
import { demoUsersOverHttp } from '@test/helpers/httpClient'
import { startApiServer } from '@test/helpers/httpServer'
import { bootSeededPayload } from '@test/helpers/payload'

let payload: Payload
let api: Awaited<ReturnType<typeof startApiServer>>
const as = demoUsersOverHttp(() => api.url)

beforeAll(async () => {
  payload = await bootSeededPayload()
  api = await startApiServer()
  // Sign everyone in first: a locked account cannot.
  for (const [role, unit] of ADMINS_AND_OTHERS) await as(role, unit)
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

const ADMINS_AND_OTHERS = [
  ['agent', '440300'],
  ['reviewer', '510000'],
  ['editor', '510000'],
  ['admin', '440000'],
  ['admin', '440300'],
  ['admin', '510000'],
  ['admin', '100000'],
] as const

const login = (email: string, password: string) =>
  fetch(`${api.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })

/** Failed attempts on record; the field is hidden from the Local API, so read the row. */
const lockedAttempts = async (email: string) => {
  const row = await payload.db.findOne<{ id: string; loginAttempts?: number | null }>({
    collection: 'users',
    where: { email: { equals: email } },
  })
  return row?.loginAttempts ?? 0
}

/** Five wrong passwords: the account is locked (Users: maxLoginAttempts 5). */
async function lock(email: string) {
  for (let i = 0; i < 5; i += 1) await login(email, 'wrong-password')
  expect(await lockedAttempts(email)).toBe(5)
  expect((await login(email, DEMO_PASSWORD)).status).not.toBe(200)
}

const unlockOverRest = async (role: string, unit: string, email: string) =>
  (await (await as(role, unit)).post('/api/users/unlock', { email })).status

const unlockOverGraphql = async (role: string, unit: string, email: string) => {
  const res = await (
    await as(role, unit)
  ).graphql('mutation($email: String!) { unlockUser(email: $email) }', { email })
  const body = await res.json()
  return body.errors ? 'refused' : body.data?.unlockUser === true ? 'unlocked' : 'unknown'
}

describe('unlocking a locked account', () => {
  const target = 'reviewer.510000@demo.kb'

  it('is refused over REST to anyone who does not administer the user', async () => {
    await lock(target)
    for (const [role, unit] of [
      ['agent', '440300'],
      ['editor', '510000'],
      ['admin', '440000'],
      ['admin', '440300'],
    ] as const) {
      expect(`${role}.${unit}: ${await unlockOverRest(role, unit, target)}`).toBe(
        `${role}.${unit}: 403`,
      )
    }
    // Not even the locked user's own session unlocks it.
    expect(await unlockOverRest('reviewer', '510000', target)).toBe(403)
    expect(await lockedAttempts(target)).toBe(5)
    expect((await login(target, DEMO_PASSWORD)).status).not.toBe(200)
  })

  it('is refused over GraphQL alike', async () => {
    expect(await unlockOverGraphql('agent', '440300', target)).toBe('refused')
    expect(await unlockOverGraphql('admin', '440000', target)).toBe('refused')
    expect(await lockedAttempts(target)).toBe(5)
  })

  it('is done by an admin of the user’s subtree, over REST and GraphQL', async () => {
    expect(await unlockOverRest('admin', '510000', target)).toBe(200)
    expect(await lockedAttempts(target)).toBe(0)
    await lock(target)
    expect(await unlockOverGraphql('admin', '100000', target)).toBe('unlocked')
    expect((await login(target, DEMO_PASSWORD)).status).toBe(200)
  })

  it('interleaved unlocks by a colleague give no more guesses', async () => {
    const email = 'editor.440300@demo.kb'
    for (let round = 0; round < 4; round += 1) {
      for (let i = 0; i < 5; i += 1) await login(email, 'wrong-password')
      await unlockOverRest('agent', '440300', email)
    }
    // Twenty wrong passwords, yet the account stays locked after the first five.
    expect(await lockedAttempts(email)).toBe(5)
    expect((await login(email, DEMO_PASSWORD)).status).not.toBe(200)
  })
})

describe('the admin panel', () => {
  it('is open to every signed-in staff member and to nobody else', async () => {
    const access = async (init?: RequestInit) =>
      (await (await fetch(`${api.url}/api/access`, init)).json()).canAccessAdmin
    const agent = await as('agent', '440300')
    expect(await access({ headers: { authorization: `JWT ${agent.token}` } })).toBe(true)
    expect(await access()).toBeFalsy()
  })
})
