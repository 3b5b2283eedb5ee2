import { describe, expect, it } from 'vitest'

import { buildOrgScope, type OrgScope } from '@/domain/orgTree'
import {
  hiddenByVariant,
  mayLocalise,
  overriddenIn,
  ownerVisibleTo,
  type ReaderArea,
  readerVisibility,
  visibleTo,
} from '@/domain/visibility'

const hq: OrgScope = { level: 'hq', code: '100000', province: null, city: null }
const guangdong = buildOrgScope('province', '440000', hq)
const guangzhou = buildOrgScope('city', '440100', guangdong)
const shenzhen = buildOrgScope('city', '440300', guangdong)
const sichuan = buildOrgScope('province', '510000', hq)

const readers: Record<string, ReaderArea> = {
  HQ: { province: null, city: null },
  广东: { province: '440000', city: null },
  广州: { province: '440000', city: '440100' },
  深圳: { province: '440000', city: '440300' },
  四川: { province: '510000', city: null },
  成都: { province: '510000', city: '510100' },
}

const seenBy = (owner: OrgScope, overridden: string[] = []) =>
  Object.entries(readers)
    .filter(([, reader]) => visibleTo({ owner, overriddenIn: overridden }, reader))
    .map(([name]) => name)

describe('visibility rule', () => {
  it('HQ items are seen everywhere', () => {
    expect(seenBy(hq)).toEqual(['HQ', '广东', '广州', '深圳', '四川', '成都'])
  })
  it('province items are seen in that province and its cities only', () => {
    expect(seenBy(guangdong)).toEqual(['广东', '广州', '深圳'])
    expect(seenBy(sichuan)).toEqual(['四川', '成都'])
  })
  it('city items are seen in that city only', () => {
    expect(seenBy(guangzhou)).toEqual(['广州'])
    expect(ownerVisibleTo(shenzhen, readers.广州!)).toBe(false)
  })
  it('a province variant hides the HQ original in that province only', () => {
    expect(seenBy(hq, ['440000'])).toEqual(['HQ', '四川', '成都'])
  })
  it('a city variant hides the original in that city only', () => {
    expect(seenBy(hq, ['440100'])).toEqual(['HQ', '广东', '深圳', '四川', '成都'])
    expect(seenBy(guangdong, ['440300'])).toEqual(['广东', '广州'])
  })
  it('overriddenIn lists each unit once, sorted', () => {
    expect(overriddenIn([guangzhou, guangdong, guangzhou])).toEqual(['440000', '440100'])
    expect(hiddenByVariant([], readers.广州!)).toBe(false)
  })
})

describe('readerVisibility (the rule as data, which every query form renders)', () => {
  it('an HQ reader accepts HQ owners only, and no variant hides anything from it', () => {
    expect(readerVisibility(readers.HQ!)).toEqual({ owners: [{ level: 'hq' }], hiddenIn: [] })
  })
  it('a city reader accepts HQ, its province and its city; variants there hide', () => {
    expect(readerVisibility(readers.广州!)).toEqual({
      owners: [
        { level: 'hq' },
        { level: 'province', code: '440000' },
        { level: 'city', code: '440100' },
      ],
      hiddenIn: ['440000', '440100'],
    })
  })
  it('an empty code names no unit (no form may match owners or variants on it)', () => {
    expect(readerVisibility({ province: '', city: '' })).toEqual(readerVisibility(readers.HQ!))
    expect(readerVisibility({ province: '440000', city: '' })).toEqual(
      readerVisibility(readers.广东!),
    )
  })
})

describe('mayLocalise', () => {
  it('goes up the tree only, within the province', () => {
    expect(mayLocalise(guangdong, hq)).toBe(true)
    expect(mayLocalise(guangzhou, hq)).toBe(true)
    expect(mayLocalise(guangzhou, guangdong)).toBe(true)
    expect(mayLocalise(guangzhou, sichuan)).toBe(false)
    expect(mayLocalise(guangdong, sichuan)).toBe(false)
    expect(mayLocalise(hq, guangdong)).toBe(false)
    expect(mayLocalise(shenzhen, guangzhou)).toBe(false)
    expect(mayLocalise(guangdong, guangdong)).toBe(false)
  })
})
