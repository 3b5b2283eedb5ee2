/**
 * The organisation tree: one headquarters (总部), provinces (省分公司) and cities (地市分公司).
 * Pure rules, shared by the org-units hooks, the access predicates and (later) search and pages.
 */

export const ORG_LEVELS = ['hq', 'province', 'city'] as const
export type OrgLevel = (typeof ORG_LEVELS)[number]

export const ORG_LEVEL_LABELS: Record<OrgLevel, string> = {
  hq: '总部',
  province: '省分公司',
  city: '地市分公司',
}

/**
 * Where an org unit sits, by GB/T 2260 codes. `province` is set for provinces and cities,
 * `city` for cities only. Filters use these ASCII codes, never names.
 */
export type OrgScope = {
  level: OrgLevel
  code: string
  province: string | null
  city: string | null
}

export class OrgRuleError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message)
    this.name = 'OrgRuleError'
  }
}

const SIX_DIGITS = /^\d{6}$/

/** A unit's level follows from its parent's: none → HQ, HQ → province, province → city. */
export function deriveOrgLevel(parentLevel: OrgLevel | null): OrgLevel {
  if (parentLevel === null) return 'hq'
  if (parentLevel === 'hq') return 'province'
  if (parentLevel === 'province') return 'city'
  throw new OrgRuleError('地市分公司下不能再建下级单位（组织只有总部、省、地市三级）', 'parent')
}

/**
 * Checks a code against its level: provinces are `NN0000`, cities `NNMM00` inside their
 * province's `NN`, HQ has a six-digit code of its own.
 */
export function validateOrgCode(code: string, level: OrgLevel, parentCode: string | null): void {
  if (!SIX_DIGITS.test(code)) {
    throw new OrgRuleError(`编码“${code}”必须是 6 位数字（GB/T 2260 行政区划代码）`, 'code')
  }
  if (level === 'province' && !code.endsWith('0000')) {
    throw new OrgRuleError(`省级编码须以 0000 结尾（如 440000），“${code}”不是省级编码`, 'code')
  }
  if (level === 'city') {
    if (code.endsWith('0000') || !code.endsWith('00')) {
      throw new OrgRuleError(
        `地市级编码须形如 440100（末两位 00，中间两位非 00），“${code}”不符合`,
        'code',
      )
    }
    if (parentCode && code.slice(0, 2) !== parentCode.slice(0, 2)) {
      throw new OrgRuleError(`地市编码“${code}”不属于上级省份“${parentCode}”`, 'code')
    }
  }
}

/** The scope of a unit from its own code and level and its parent's scope. */
export function buildOrgScope(level: OrgLevel, code: string, parent: OrgScope | null): OrgScope {
  switch (level) {
    case 'hq':
      return { level, code, province: null, city: null }
    case 'province':
      return { level, code, province: code, city: null }
    case 'city':
      return { level, code, province: parent?.province ?? null, city: code }
  }
}

/** Whether `inner` lies in the subtree rooted at `outer` (a unit contains itself). */
export function scopeContains(outer: OrgScope, inner: OrgScope): boolean {
  switch (outer.level) {
    case 'hq':
      return true
    case 'province':
      return inner.province === outer.province
    case 'city':
      return inner.city === outer.city
  }
}
