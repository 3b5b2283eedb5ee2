import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import {
  REGION_VARIABLE_NAMES,
  type RegionValues,
  resolveRegionValues,
} from '@/domain/regionVariables'
import type { ReaderArea } from '@/domain/visibility'
import { hallPayload } from './payload'
import { AREA_CODE_PATTERN } from './paths'

/** What the online hall needs of an org unit (public data: names, codes, region values). */
export type HallUnit = {
  id: string
  code: string
  /** The name the public reads: 广东省分公司 → 广东省. */
  name: string
  level: 'hq' | 'province' | 'city'
  parentId: string | null
  regionValues: RegionValues
}

/** A reader's area in the hall: a province, or a city inside its province. */
export type HallArea = {
  code: string
  reader: ReaderArea & { province: string }
  province: HallUnit
  city: HallUnit | null
  /** 广东省, or 广州市. */
  name: string
  /** 广东省, or 广东省 广州市. */
  label: string
  /** Region variables resolved HQ → province → city. */
  regionValues: RegionValues
}

export type ProvinceChoice = { province: HallUnit; cities: HallUnit[] }

/** 广东省分公司 → 广东省; 北京市分公司 → 北京市; anything else stays as it is. */
export function publicUnitName(name: string): string {
  const stripped = name.replace(/(分公司|公司)$/, '').trim()
  return stripped || name
}

function regionValuesOf(values: Record<string, unknown> | null | undefined): RegionValues {
  const picked: RegionValues = {}
  for (const name of REGION_VARIABLE_NAMES) {
    const value = values?.[name]
    if (typeof value === 'string' && value.trim()) picked[name] = value
  }
  return picked
}

async function readUnits(): Promise<HallUnit[]> {
  const payload = await hallPayload()
  const { docs } = await payload.find({
    collection: 'org-units',
    limit: 0,
    depth: 0,
    sort: 'code',
    overrideAccess: true,
    select: { name: true, code: true, level: true, parent: true, regionValues: true },
  })
  return docs.flatMap((unit): HallUnit[] => {
    if (!unit.level) return []
    const parent = unit.parent
    return [
      {
        id: String(unit.id),
        code: unit.code,
        name: publicUnitName(unit.name),
        level: unit.level,
        parentId: parent ? String(typeof parent === 'object' ? parent.id : parent) : null,
        regionValues: regionValuesOf(unit.regionValues),
      },
    ]
  })
}

/**
 * Every org unit, shared by all requests for an hour (the tree hardly ever changes and the
 * dynamic home page reads it on every visit), and once per request.
 */
export const listUnits = cache(
  unstable_cache(readUnits, ['online-hall-org-units'], { revalidate: 3600 }),
)

/** Provinces with their cities, for the area chooser. */
export async function listProvinceChoices(): Promise<ProvinceChoice[]> {
  const units = await listUnits()
  return units
    .filter((unit) => unit.level === 'province')
    .map((province) => ({
      province,
      cities: units.filter((unit) => unit.level === 'city' && unit.parentId === province.id),
    }))
}

/** The area for a province or city code; null for HQ, unknown or malformed codes. */
export const resolveArea = cache(async (code: string): Promise<HallArea | null> => {
  if (!AREA_CODE_PATTERN.test(code)) return null
  const units = await listUnits()
  const byId = new Map(units.map((unit) => [unit.id, unit]))
  const unit = units.find((candidate) => candidate.code === code)
  if (!unit || unit.level === 'hq') return null
  const province = unit.level === 'province' ? unit : unit.parentId && byId.get(unit.parentId)
  if (!province || province.level !== 'province') return null
  const city = unit.level === 'city' ? unit : null
  const hq = province.parentId ? byId.get(province.parentId) : undefined
  return {
    code,
    reader: { province: province.code, city: city?.code ?? null },
    province,
    city,
    name: city?.name ?? province.name,
    label: city ? `${province.name} ${city.name}` : province.name,
    regionValues: resolveRegionValues([
      hq?.regionValues,
      province.regionValues,
      city?.regionValues,
    ]),
  }
})
