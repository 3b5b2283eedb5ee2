import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
} from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootSeededPayload, findOrgUnit } from '@test/helpers/payload'

let payload: Payload
beforeAll(async () => {
  payload = await bootSeededPayload()
})
afterAll(async () => {
  await payload?.destroy()
})

const countCode = async (code: string) =>
  (await payload.count({ collection: 'org-units', where: { code: { equals: code } } })).totalDocs

describe(`transactions on ${process.env.DATABASE_URL?.split(':')[0]}`, () => {
  it('writes made with one req roll back together', async () => {
    const hq = await findOrgUnit(payload, '100000')
    const req = await createLocalReq({}, payload)
    expect(await initTransaction(req)).toBe(true)
    await payload.create({
      collection: 'org-units',
      data: { name: '海南', code: '460000', parent: hq.id },
      req,
    })
    const hainan = await payload.find({
      collection: 'org-units',
      where: { code: { equals: '460000' } },
      req,
    })
    await payload.create({
      collection: 'org-units',
      data: { name: '海口', code: '460100', parent: hainan.docs[0]!.id },
      req,
    })
    await killTransaction(req)
    expect(await countCode('460000')).toBe(0)
    expect(await countCode('460100')).toBe(0)
  })

  it('and commit together', async () => {
    const hq = await findOrgUnit(payload, '100000')
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    await payload.create({
      collection: 'org-units',
      data: { name: '湖南', code: '430000', parent: hq.id },
      req,
    })
    await commitTransaction(req)
    expect(await countCode('430000')).toBe(1)
  })

  it('a failing hook leaves nothing behind', async () => {
    const before = await payload.count({ collection: 'users' })
    await expect(
      payload.create({
        collection: 'users',
        data: {
          email: 'orphan@test.kb',
          password: 'x-pass-123456',
          name: 'x',
          roles: ['agent'],
          orgUnit: 'no-such-unit',
        },
      }),
    ).rejects.toThrow()
    expect(await payload.count({ collection: 'users' })).toEqual(before)
  })

  it('concurrent writes all succeed', async () => {
    const guangzhou = await findOrgUnit(payload, '440100')
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) =>
        payload.create({
          collection: 'users',
          data: {
            email: `burst${i}@test.kb`,
            password: 'x-pass-123456',
            name: `并发${i}`,
            roles: ['agent'],
            orgUnit: guangzhou.id,
          },
        }),
      ),
    )
    expect(
      results
        .filter((r) => r.status === 'rejected')
        .map((r) => String((r as PromiseRejectedResult).reason)),
    ).toEqual([])
    expect(
      (await payload.count({ collection: 'users', where: { email: { like: 'burst' } } })).totalDocs,
    ).toBe(12)
  })
})
