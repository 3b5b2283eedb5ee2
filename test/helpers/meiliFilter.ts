/**
 * A tiny evaluator of exactly the filter grammar search/meilisearch/filter.ts emits, so its filters
 * can be checked without a Meilisearch server (the contract tests run against a real one when
 * MEILI_URL is set): `=` and `IN [...]` on scalar or array fields, NOT, AND, OR, parentheses.
 */

type Token =
  | { t: 'word'; v: string }
  | { t: 'string'; v: string }
  | { t: 'punct'; v: '(' | ')' | '[' | ']' | ',' | '=' }

function lex(input: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < input.length) {
    const c = input[i]!
    if (c === ' ') {
      i++
    } else if ('()[],='.includes(c)) {
      tokens.push({ t: 'punct', v: c as '(' })
      i++
    } else if (c === '"') {
      // Meilisearch's reading: a backslash makes the next character literal.
      let value = ''
      i++
      while (input[i] !== '"') {
        if (i >= input.length) throw new Error(`unterminated string in ${input}`)
        if (input[i] === '\\') i++
        value += input[i]
        i++
      }
      i++
      tokens.push({ t: 'string', v: value })
    } else if (/[A-Za-z_]/.test(c)) {
      const word = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(input.slice(i))![0]
      tokens.push({ t: 'word', v: word })
      i += word.length
    } else {
      throw new Error(`unexpected ${c} at ${i} in ${input}`)
    }
  }
  return tokens
}

export type Doc = Record<string, unknown>
export type Predicate = (doc: Doc) => boolean

/** Any element of an array field, or a scalar field, equal to one of `values`. */
const fieldIn = (field: string, values: string[]): Predicate => {
  return (doc) => {
    const v = doc[field]
    const list = Array.isArray(v) ? v : v === null || v === undefined ? [] : [v]
    return list.some((x) => values.includes(String(x)))
  }
}

/** expr := and (OR and)* ; and := not (AND not)* ; not := NOT not | primary */
export function parseMeiliFilter(input: string): Predicate {
  const tokens = lex(input)
  let at = 0
  const peek = () => tokens[at]
  const take = () => tokens[at++]!
  const expect = (v: string) => {
    const tok = take()
    if (tok?.v !== v) throw new Error(`expected ${v}, got ${tok?.v} in ${input}`)
  }
  const isWord = (v: string) => peek()?.t === 'word' && peek()?.v === v

  const expr = (): Predicate => {
    const parts = [and()]
    while (isWord('OR')) {
      take()
      parts.push(and())
    }
    return (doc) => parts.some((p) => p(doc))
  }
  const and = (): Predicate => {
    const parts = [not()]
    while (isWord('AND')) {
      take()
      parts.push(not())
    }
    return (doc) => parts.every((p) => p(doc))
  }
  const not = (): Predicate => {
    if (isWord('NOT')) {
      take()
      const inner = not()
      return (doc) => !inner(doc)
    }
    return primary()
  }
  const primary = (): Predicate => {
    if (peek()?.v === '(') {
      take()
      const inner = expr()
      expect(')')
      return inner
    }
    const field = take()
    if (field?.t !== 'word' || ['AND', 'OR', 'NOT', 'IN'].includes(field.v)) {
      throw new Error(`expected a field in ${input}`)
    }
    if (peek()?.v === '=') {
      take()
      const value = take()
      if (value?.t !== 'string') throw new Error(`expected a quoted value in ${input}`)
      return fieldIn(field.v, [value.v])
    }
    if (isWord('IN')) {
      take()
      expect('[')
      const values: string[] = []
      while (peek()?.v !== ']') {
        const value = take()
        if (value?.t !== 'string') throw new Error(`expected a quoted value in ${input}`)
        values.push(value.v)
        if (peek()?.v === ',') take()
      }
      expect(']')
      return fieldIn(field.v, values)
    }
    throw new Error(`unsupported operator after ${field.v} in ${input}`)
  }

  const predicate = expr()
  if (at !== tokens.length) throw new Error(`trailing tokens in ${input}`)
  return predicate
}
