import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ROLES, type Role } from '@access/roles'
import type { User } from '@/payload-types'
import { bootSeededPayload, findOrgUnit, findUserByEmail } from '@test/helpers/payload'

/**
 * Access over the Local API with `overrideAccess: false`, as each demo user, across the five
 * demo units. The expected sets are written out from the organisation chart.
 */
const UNITS = ['100000', '440000', '440100', '440300', '510000'] as const
type Unit = (typeof UNITS)[number]
const SUBTREE: Record<Unit, Unit[]> = {
  '100000': ['100000', '440000', '440100', '440300', '510000'],
  '440000': ['440000', '440100', '440300'],
  '440100': ['440100'],
  '440300': ['440300'],
  '510000': ['510000'],
}

let payload: Payload
const users = new Map<string, User>()
const actor = (role: Role, unit: Unit) => users.get(`${role}.${unit}@demo.kb`)!

beforeAll(async () => {
  payload = await bootSeededPayload()
  const { docs } = await payload.find({ collection: 'users', limit: 100 })
  for (const user of docs) users.set(user.email, user)
})
afterAll(async () => {
  await payload?.destroy()
})

describe('reading users', () => {
  for (const role of ROLES) {
    for (const unit of UNITS) {
      it(`${role}.${unit} reads exactly the demo users of its subtree`, async () => {
        const { docs } = await payload.find({
          collection: 'users',
          limit: 100,
          overrideAccess: false,
          user: actor(role, unit),
        })
        // Demo users sit only at the five demo units, so the units seen are the subtree's.
        expect([...new Set(docs.map((user) => user.orgCode))].sort()).toEqual(
          [...SUBTREE[unit]].sort(),
        )
        expect(docs.length).toBe(SUBTREE[unit].length * ROLES.length)
      })
    }
  }

  it('a 广州 agent cannot read a 四川 user by id', async () => {
    const target = actor('editor', '510000')
    await expect(
      payload.findByID({
        collection: 'users',
        id: target.id,
        overrideAccess: false,
        user: actor('agent', '440100'),
      }),
    ).rejects.toThrow()
  })
})

describe('creating users', () => {
  let serial = 0
  const tryCreate = async (by: User, unitCode: Unit, roles: Role[] = ['agent']) => {
    const orgUnit = await findOrgUnit(payload, unitCode)
    serial += 1
    return payload
      .create({
        collection: 'users',
        data: {
          email: `new${serial}.${unitCode}@test.kb`,
          password: 'x-pass-123456',
          name: '新用户',
          roles,
          orgUnit: orgUnit.id,
        },
        overrideAccess: false,
        user: by,
      })
      .then(
        () => 'created',
        (error: { status?: number }) => `refused ${error.status}`,
      )
  }

  for (const role of ROLES) {
    for (const from of UNITS) {
      it(`${role}.${from} creates users only where it administers`, async () => {
        for (const to of UNITS) {
          const expected =
            role === 'admin' && SUBTREE[from].includes(to) ? 'created' : 'refused 403'
          expect(`${to}: ${await tryCreate(actor(role, from), to)}`).toBe(`${to}: ${expected}`)
        }
      })
    }
  }

  it('a province admin cannot create an admin at headquarters', async () => {
    expect(await tryCreate(actor('admin', '440000'), '100000', ['admin'])).toBe('refused 403')
  })
})

describe('changing roles and units', () => {
  it('nobody can change their own roles, admins included', async () => {
    for (const role of ROLES) {
      const self = actor(role, '440000')
      await expect(
        payload.update({
          collection: 'users',
          id: self.id,
          data: { roles: ['admin', 'editor'] },
          overrideAccess: false,
          user: self,
        }),
      ).rejects.toMatchObject({ status: 403 })
      expect((await findUserByEmail(payload, self.email)).roles).toEqual([role])
    }
  })

  it('a user may still change their own name with their roles unchanged', async () => {
    const self = actor('editor', '440300')
    const updated = await payload.update({
      collection: 'users',
      id: self.id,
      data: { name: '深圳采编（改名）', roles: ['editor'] },
      overrideAccess: false,
      user: self,
    })
    expect(updated.name).toBe('深圳采编（改名）')
  })

  it('a province admin promotes a city user but cannot move them to another province', async () => {
    const admin = actor('admin', '440000')
    const target = actor('agent', '440100')
    const promoted = await payload.update({
      collection: 'users',
      id: target.id,
      data: { roles: ['agent', 'editor'] },
      overrideAccess: false,
      user: admin,
    })
    expect(promoted.roles).toEqual(['agent', 'editor'])
    const sichuan = await findOrgUnit(payload, '510000')
    await expect(
      payload.update({
        collection: 'users',
        id: target.id,
        data: { orgUnit: sichuan.id },
        overrideAccess: false,
        user: admin,
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await findUserByEmail(payload, target.email)).orgProvince).toBe('440000')
  })

  it('a non-admin cannot promote anyone, even in their subtree', async () => {
    const reviewer = actor('reviewer', '100000')
    await expect(
      payload.update({
        collection: 'users',
        id: actor('agent', '510000').id,
        data: { roles: ['admin'] },
        overrideAccess: false,
        user: reviewer,
      }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('a city admin cannot update or delete a user of its province', async () => {
    const cityAdmin = actor('admin', '440100')
    const provinceEditor = actor('editor', '440000')
    await expect(
      payload.update({
        collection: 'users',
        id: provinceEditor.id,
        data: { name: 'x' },
        overrideAccess: false,
        user: cityAdmin,
      }),
    ).rejects.toThrow()
    await expect(
      payload.delete({
        collection: 'users',
        id: provinceEditor.id,
        overrideAccess: false,
        user: cityAdmin,
      }),
    ).rejects.toThrow()
    expect((await findUserByEmail(payload, provinceEditor.email)).name).toBe(provinceEditor.name)
  })

  it('an admin cannot delete themselves', async () => {
    const admin = actor('admin', '510000')
    await expect(
      payload.delete({ collection: 'users', id: admin.id, overrideAccess: false, user: admin }),
    ).rejects.toThrow()
  })
})
