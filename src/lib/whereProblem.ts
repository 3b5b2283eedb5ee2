/**
 * Operators Payload accepts that the app's databases cannot run; left to the adapter, they fail as
 * a 500 (`adapter.operators[op] is not a function`). The geometric ones need a point field, which
 * the app has none of; the SQL adapters have no `all`.
 */
const UNSUPPORTED_OPERATORS = new Set(['near', 'within', 'intersects', 'all'])
/** Operators that take a list. `contains` may also take one, or a nested query: Payload checks it. */
const LIST_OPERATORS = new Set(['in', 'not_in', 'contains'])

export type WhereProblem = { path: string; message: string }

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  [Object.prototype, null].includes(Object.getPrototypeOf(value))

/** A value a database compares with: anything but a plain object (a Date is fine). */
const isComparable = (value: unknown) => !isPlainObject(value) && !Array.isArray(value)

function valueProblem(operator: string, value: unknown): string | null {
  if (UNSUPPORTED_OPERATORS.has(operator)) return `不支持查询运算符 ${operator}`
  if (operator === 'contains' && isPlainObject(value)) return null
  const fits =
    LIST_OPERATORS.has(operator) && Array.isArray(value)
      ? value.every(isComparable)
      : isComparable(value)
  return fits
    ? null
    : `${operator} 的值须为文字、数字或日期${LIST_OPERATORS.has(operator) ? '，或其列表' : ''}`
}

/**
 * The first condition of a `where` the database cannot run, naming its field, or null. Paths and
 * access are Payload's to check (it answers a 400 or 403 itself).
 */
export function whereProblem(where: unknown): WhereProblem | null {
  if (!isPlainObject(where)) return { path: 'where', message: '须为查询条件' }
  for (const [path, constraint] of Object.entries(where)) {
    if (['and', 'or'].includes(path.toLowerCase())) {
      if (!Array.isArray(constraint)) return { path, message: '须为查询条件的列表' }
      for (const inner of constraint) {
        const problem = whereProblem(inner)
        if (problem) return problem
      }
      continue
    }
    if (!isPlainObject(constraint)) continue
    for (const [operator, value] of Object.entries(constraint)) {
      const message = valueProblem(operator, value)
      if (message) return { path, message }
    }
  }
  return null
}
