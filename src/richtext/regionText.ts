import {
  REGION_VARIABLES,
  type RegionValues,
  type RegionVariableName,
} from '@/domain/regionVariables'

/** `{{hotline}}`: how region variables are written in seed texts and in block textareas. */
export const PLACEHOLDER = /\{\{\s*([A-Za-z]\w*)\s*\}\}/g

export function isRegionVariableName(name: unknown): name is RegionVariableName {
  return typeof name === 'string' && Object.hasOwn(REGION_VARIABLES, name)
}

/** The reader's value, or the variable's label in 【】 so a missing value shows, not vanishes. */
export function regionVariableText(name: unknown, values: RegionValues): string {
  if (!isRegionVariableName(name)) return ''
  return values[name] ?? `【${REGION_VARIABLES[name]}】`
}

/** Resolves the known placeholders of a text; unknown ones stay as written. */
export function fillPlaceholders(text: string, values: RegionValues): string {
  return text.replace(PLACEHOLDER, (placeholder, name: string) =>
    isRegionVariableName(name) ? regionVariableText(name, values) : placeholder,
  )
}
