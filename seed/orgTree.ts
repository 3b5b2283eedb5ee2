/** The demo organisation: codes are GB/T 2260; HQ has a code of its own. */
export type SeedOrgUnit = { code: string; name: string; parent: string | null }

export const HQ_CODE = '100000'

export const SEED_ORG_UNITS: SeedOrgUnit[] = [
  { code: HQ_CODE, name: '集团总部', parent: null },
  { code: '440000', name: '广东省分公司', parent: HQ_CODE },
  { code: '320000', name: '江苏省分公司', parent: HQ_CODE },
  { code: '510000', name: '四川省分公司', parent: HQ_CODE },
  { code: '110000', name: '北京市分公司', parent: HQ_CODE },
  { code: '440100', name: '广州市分公司', parent: '440000' },
  { code: '440300', name: '深圳市分公司', parent: '440000' },
  { code: '320100', name: '南京市分公司', parent: '320000' },
  { code: '510100', name: '成都市分公司', parent: '510000' },
]
