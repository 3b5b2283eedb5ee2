import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { expectFieldError } from '@test/helpers/errors'
import { bootPayload } from '@test/helpers/payload'

let payload: Payload
let hqId: string
let guangdongId: string

beforeAll(async () => {
  payload = await bootPayload()
  hqId = (await payload.create({ collection: 'org-units', data: { name: '总部', code: '100000' } }))
    .id
  guangdongId = (
    await payload.create({
      collection: 'org-units',
      data: { name: '广东', code: '440000', parent: hqId },
    })
  ).id
})
afterAll(async () => {
  await payload?.destroy()
})

const createUnit = (data: { name: string; code: string; parent?: string | null }) =>
  payload.create({ collection: 'org-units', data })

describe('org tree rules', () => {
  it('derives level, province and city from the parent', async () => {
    const hq = await payload.findByID({ collection: 'org-units', id: hqId })
    expect(hq).toMatchObject({ level: 'hq', province: null, city: null })
    const guangzhou = await createUnit({ name: '广州', code: '440100', parent: guangdongId })
    expect(guangzhou).toMatchObject({ level: 'city', province: '440000', city: '440100' })
    expect(typeof guangzhou.id).toBe('string')
  })

  it('ignores a level sent by the client', async () => {
    const jiangsu = await payload.create({
      collection: 'org-units',
      data: { name: '江苏', code: '320000', parent: hqId, level: 'city' },
    })
    expect(jiangsu.level).toBe('province')
  })

  it('refuses a second headquarters', async () => {
    await expectFieldError(
      createUnit({ name: '第二总部', code: '200000' }),
      'parent',
      /总部只能有一个/,
    )
  })

  it('refuses a unit below a city', async () => {
    const shenzhen = await createUnit({ name: '深圳', code: '440300', parent: guangdongId })
    await expectFieldError(
      createUnit({ name: '南山', code: '440305', parent: shenzhen.id }),
      'parent',
      /三级/,
    )
  })

  it('refuses codes of the wrong shape or province', async () => {
    await expectFieldError(
      createUnit({ name: '坏省', code: '441100', parent: hqId }),
      'code',
      /0000 结尾/,
    )
    await expectFieldError(
      createUnit({ name: '成都', code: '510100', parent: guangdongId }),
      'code',
      /不属于上级省份/,
    )
    await expectFieldError(
      createUnit({ name: '短码', code: '4401', parent: guangdongId }),
      'code',
      /6 位数字/,
    )
  })

  it('refuses a duplicate code', async () => {
    await expect(createUnit({ name: '又一个广东', code: '440000', parent: hqId })).rejects.toThrow()
  })

  it('keeps the code and parent once created', async () => {
    const sichuan = await createUnit({ name: '四川', code: '510000', parent: hqId })
    const updated = await payload.update({
      collection: 'org-units',
      id: sichuan.id,
      data: { name: '四川省分公司', code: '520000', parent: guangdongId },
      overrideAccess: false,
      user: await payload.create({
        collection: 'users',
        data: {
          email: 'root@test.kb',
          password: 'x-pass-123456',
          name: 'root',
          roles: ['admin'],
          orgUnit: hqId,
        },
      }),
    })
    expect(updated).toMatchObject({ name: '四川省分公司', code: '510000', level: 'province' })
  })

  it('refuses to delete a unit that owns users or sub-units, and deletes an empty one', async () => {
    const nanjing = await createUnit({
      name: '南京',
      code: '320100',
      parent: (await findCode('320000')).id,
    })
    await payload.create({
      collection: 'users',
      data: {
        email: 'agent@nanjing.kb',
        password: 'x-pass-123456',
        name: '南京客服',
        roles: ['agent'],
        orgUnit: nanjing.id,
      },
    })
    await expect(payload.delete({ collection: 'org-units', id: nanjing.id })).rejects.toThrow(
      /仍拥有 1 个用户/,
    )
    await expect(payload.delete({ collection: 'org-units', id: guangdongId })).rejects.toThrow(
      /个组织单位/,
    )

    await payload.delete({ collection: 'users', where: { email: { equals: 'agent@nanjing.kb' } } })
    await payload.delete({ collection: 'org-units', id: nanjing.id })
    expect(
      await payload.count({ collection: 'org-units', where: { code: { equals: '320100' } } }),
    ).toEqual({ totalDocs: 0 })
  })
})

async function findCode(code: string) {
  const { docs } = await payload.find({
    collection: 'org-units',
    where: { code: { equals: code } },
  })
  return docs[0]!
}
