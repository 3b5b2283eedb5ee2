import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../seed'
import { DEMO_PASSWORD, SEED_USERS } from '../../seed/demoUsers'
import { SEED_ORG_UNITS } from '../../seed/orgTree'
import { bootPayload } from '../helpers/payload'

let payload: Payload
beforeAll(async () => {
  payload = await bootPayload()
})
afterAll(async () => {
  await payload?.destroy()
})

const counts = async () => ({
  orgUnits: (await payload.count({ collection: 'org-units' })).totalDocs,
  users: (await payload.count({ collection: 'users' })).totalDocs,
})

describe('seed', () => {
  it('creates the demo tree and users, then changes nothing on a second run', async () => {
    const progress: number[] = []
    const first = await seed(payload, { onProgress: ({ done }) => progress.push(done) })
    expect(first).toEqual({
      created: SEED_ORG_UNITS.length + SEED_USERS.length,
      updated: 0,
      unchanged: 0,
    })
    expect(progress).toEqual(Array.from({ length: progress.length }, (_, i) => i + 1))
    const afterFirst = await counts()
    expect(afterFirst).toEqual({ orgUnits: 9, users: 25 })

    const second = await seed(payload)
    expect(second).toEqual({ created: 0, updated: 0, unchanged: 34 })
    expect(await counts()).toEqual(afterFirst)
  })

  it('repairs a demo user whose role was changed, without duplicating it', async () => {
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { equals: 'agent.440100@demo.kb' } },
    })
    await payload.update({ collection: 'users', id: docs[0]!.id, data: { roles: ['editor'] } })
    const report = await seed(payload)
    expect(report).toMatchObject({ created: 0, updated: 1 })
    const { docs: after } = await payload.find({
      collection: 'users',
      where: { email: { equals: 'agent.440100@demo.kb' } },
    })
    expect(after).toHaveLength(1)
    expect(after[0]!.roles).toEqual(['agent'])
  })

  it('gives every demo user the documented login and the right unit', async () => {
    const { user } = await payload.login({
      collection: 'users',
      data: { email: 'editor.440100@demo.kb', password: DEMO_PASSWORD },
    })
    expect(user).toMatchObject({
      roles: ['editor'],
      orgLevel: 'city',
      orgProvince: '440000',
      orgCity: '440100',
    })
    const hqAdmin = await payload.find({
      collection: 'users',
      where: { email: { equals: 'admin.100000@demo.kb' } },
    })
    expect(hqAdmin.docs[0]).toMatchObject({ orgLevel: 'hq', orgCode: '100000', orgProvince: null })
  })
})
