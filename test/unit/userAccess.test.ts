import { describe, expect, it } from 'vitest'

import { actorContains, actorScope, subtreeWhere } from '@access/orgScope'
import { type Actor, hasRole, isAdmin, ROLES, type Role } from '@access/roles'
import { canChangeAssignment, canManageUserAt } from '@access/users'
import { buildOrgScope, type OrgScope } from '@/domain/orgTree'

const hq: OrgScope = { level: 'hq', code: '100000', province: null, city: null }
const guangdong = buildOrgScope('province', '440000', hq)
const sichuan = buildOrgScope('province', '510000', hq)
const units = {
  HQ: hq,
  广东: guangdong,
  广州: buildOrgScope('city', '440100', guangdong),
  深圳: buildOrgScope('city', '440300', guangdong),
  四川: sichuan,
} as const
type UnitName = keyof typeof units
const UNIT_NAMES = Object.keys(units) as UnitName[]

const actor = (role: Role, unit: UnitName, id = `${role}@${unit}`): Actor => {
  const scope = units[unit]
  return {
    id,
    roles: [role],
    orgLevel: scope.level,
    orgCode: scope.code,
    orgProvince: scope.province,
    orgCity: scope.city,
  }
}

/** Which units each unit's subtree holds, written out by hand from the organisation chart. */
const SUBTREE: Record<UnitName, UnitName[]> = {
  HQ: ['HQ', '广东', '广州', '深圳', '四川'],
  广东: ['广东', '广州', '深圳'],
  广州: ['广州'],
  深圳: ['深圳'],
  四川: ['四川'],
}

describe('roles', () => {
  it('recognises each role and only that role', () => {
    for (const role of ROLES) {
      const user = actor(role, 'HQ')
      for (const other of ROLES) expect(hasRole(user, other)).toBe(other === role)
    }
    expect(isAdmin(null)).toBe(false)
    expect(isAdmin({ id: 'x', roles: ['editor', 'admin'] })).toBe(true)
  })
})

describe('canManageUserAt: roles × tiers × target units', () => {
  for (const role of ROLES) {
    for (const from of UNIT_NAMES) {
      for (const to of UNIT_NAMES) {
        const expected = role === 'admin' && SUBTREE[from].includes(to)
        it(`${role}@${from} ${expected ? 'may' : 'may not'} place a user at ${to}`, () => {
          expect(canManageUserAt(actor(role, from), units[to])).toBe(expected)
        })
      }
    }
  }
  it('a user with no org unit manages nothing', () => {
    expect(canManageUserAt({ id: 'x', roles: ['admin'] }, units.广州)).toBe(false)
  })
})

describe('actorContains: every role reads its own subtree only', () => {
  for (const role of ROLES) {
    for (const from of UNIT_NAMES) {
      it(`${role}@${from}`, () => {
        for (const to of UNIT_NAMES) {
          expect(actorContains(actor(role, from), units[to])).toBe(SUBTREE[from].includes(to))
        }
      })
    }
  }
  it('anonymous reads nobody', () => {
    expect(actorContains(null, units.HQ)).toBe(false)
  })
})

describe('canChangeAssignment', () => {
  it('admins may reassign others but never themselves', () => {
    const admin = actor('admin', '广东', 'a1')
    expect(canChangeAssignment(admin, 'someone-else')).toBe(true)
    expect(canChangeAssignment(admin, 'a1')).toBe(false)
    expect(canChangeAssignment(admin, undefined)).toBe(true)
  })
  it.each(ROLES.filter((role) => role !== 'admin'))(
    '%s may not change roles, not even their own',
    (role) => {
      const user = actor(role, 'HQ', 'u1')
      expect(canChangeAssignment(user, 'u1')).toBe(false)
      expect(canChangeAssignment(user, 'u2')).toBe(false)
    },
  )
})

describe('subtreeWhere mirrors scopeContains as a query', () => {
  const fields = { province: 'orgProvince', city: 'orgCity' }
  it('HQ needs no constraint, a province filters by province, a city by city', () => {
    expect(subtreeWhere(actorScope(actor('agent', 'HQ'))!, fields)).toBe(true)
    expect(subtreeWhere(actorScope(actor('agent', '广东'))!, fields)).toEqual({
      orgProvince: { equals: '440000' },
    })
    expect(subtreeWhere(actorScope(actor('agent', '深圳'))!, fields)).toEqual({
      orgCity: { equals: '440300' },
    })
  })
  it('actorScope is null without the copied org fields', () => {
    expect(actorScope({ id: 'x', roles: ['admin'] })).toBeNull()
  })
})
