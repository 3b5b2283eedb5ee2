import { describe, expect, it } from 'vitest'

import {
  buildOrgScope,
  deriveOrgLevel,
  OrgRuleError,
  type OrgScope,
  scopeContains,
  validateOrgCode,
} from '@/domain/orgTree'

const hq: OrgScope = { level: 'hq', code: '100000', province: null, city: null }
const guangdong = buildOrgScope('province', '440000', hq)
const guangzhou = buildOrgScope('city', '440100', guangdong)
const shenzhen = buildOrgScope('city', '440300', guangdong)
const sichuan = buildOrgScope('province', '510000', hq)
const chengdu = buildOrgScope('city', '510100', sichuan)

describe('deriveOrgLevel', () => {
  it('follows the parent down three tiers', () => {
    expect(deriveOrgLevel(null)).toBe('hq')
    expect(deriveOrgLevel('hq')).toBe('province')
    expect(deriveOrgLevel('province')).toBe('city')
  })
  it('refuses a fourth tier', () => {
    expect(() => deriveOrgLevel('city')).toThrow(OrgRuleError)
  })
})

describe('validateOrgCode', () => {
  it.each([
    ['100000', 'hq', null],
    ['440000', 'province', '100000'],
    ['440100', 'city', '440000'],
    ['110100', 'city', '110000'],
  ] as const)('accepts %s as %s', (code, level, parent) => {
    expect(() => validateOrgCode(code, level, parent)).not.toThrow()
  })

  it.each([
    ['44000', 'province', '100000', '6 位数字'],
    ['44000a', 'province', '100000', '6 位数字'],
    ['440100', 'province', '100000', '0000 结尾'],
    ['440000', 'city', '440000', '末两位 00'],
    ['440101', 'city', '440000', '末两位 00'],
    ['510100', 'city', '440000', '不属于上级省份'],
  ] as const)('refuses %s as %s', (code, level, parent, message) => {
    expect(() => validateOrgCode(code, level, parent)).toThrow(message)
  })
})

describe('buildOrgScope and scopeContains', () => {
  it('copies province and city codes down the tree', () => {
    expect(guangzhou).toEqual({ level: 'city', code: '440100', province: '440000', city: '440100' })
    expect(guangdong).toEqual({ level: 'province', code: '440000', province: '440000', city: null })
  })

  it('HQ contains every unit', () => {
    for (const unit of [hq, guangdong, guangzhou, sichuan, chengdu])
      expect(scopeContains(hq, unit)).toBe(true)
  })

  it('a province contains itself and its cities only', () => {
    expect(scopeContains(guangdong, guangdong)).toBe(true)
    expect(scopeContains(guangdong, guangzhou)).toBe(true)
    expect(scopeContains(guangdong, shenzhen)).toBe(true)
    expect(scopeContains(guangdong, hq)).toBe(false)
    expect(scopeContains(guangdong, sichuan)).toBe(false)
    expect(scopeContains(guangdong, chengdu)).toBe(false)
  })

  it('a city contains only itself', () => {
    expect(scopeContains(guangzhou, guangzhou)).toBe(true)
    expect(scopeContains(guangzhou, shenzhen)).toBe(false)
    expect(scopeContains(guangzhou, guangdong)).toBe(false)
    expect(scopeContains(guangzhou, hq)).toBe(false)
  })
})
