/**
 * Region variables (地区变量): named values such as the hotline that differ by area. Org units
 * carry their own values; a city inherits its province's and HQ's unless it sets its own.
 */
export const REGION_VARIABLES = {
  hotline: '客服热线',
  storeHours: '营业厅营业时间',
  website: '网上营业厅网址',
  appName: '营业厅 App',
  complaintLine: '投诉电话',
} as const

export type RegionVariableName = keyof typeof REGION_VARIABLES
export type RegionValues = Partial<Record<RegionVariableName, string>>

export const REGION_VARIABLE_NAMES = Object.keys(REGION_VARIABLES) as RegionVariableName[]

/**
 * Resolves values for a reader's area from the most general unit to the most specific
 * (`[hq, province, city]`): later (more local) non-empty values win.
 */
export function resolveRegionValues(
  chain: ReadonlyArray<RegionValues | null | undefined>,
): RegionValues {
  const resolved: RegionValues = {}
  for (const values of chain) {
    for (const name of REGION_VARIABLE_NAMES) {
      const value = values?.[name]?.trim()
      if (value) resolved[name] = value
    }
  }
  return resolved
}
