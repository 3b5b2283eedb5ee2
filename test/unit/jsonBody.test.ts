import { describe, expect, it } from 'vitest'

import { MAX_JSON_DEPTH, parseJsonObject, tooDeepUnder } from '@/lib/jsonBody'

const nested = (depth: number): unknown => (depth <= 1 ? [] : [nested(depth - 1)])

describe('parseJsonObject', () => {
  it('takes a JSON object', () => {
    expect(parseJsonObject('{"title":"如何查询话费？","tags":["话费"]}')).toEqual({
      ok: true,
      value: { title: '如何查询话费？', tags: ['话费'] },
    })
  })

  it('refuses what is not JSON, or not an object, naming the body', () => {
    for (const text of ['{"title":', '[]', '"x"', '1', 'null', 'true']) {
      const parsed = parseJsonObject(text)
      expect(parsed.ok, text).toBe(false)
      if (!parsed.ok) expect(parsed.problem, text).toMatch(/^body: /)
    }
  })

  it('refuses nesting deeper than the limit, naming the top-level field', () => {
    const deep = JSON.stringify({ title: 'x', body: nested(MAX_JSON_DEPTH) })
    expect(parseJsonObject(deep)).toEqual({
      ok: false,
      problem: `body: 嵌套超过 ${MAX_JSON_DEPTH} 层`,
    })
    expect(parseJsonObject(JSON.stringify({ body: nested(MAX_JSON_DEPTH - 1) })).ok).toBe(true)
  })
})

describe('tooDeepUnder', () => {
  it('walks 100,000 levels without recursion', () => {
    const text = `{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`
    expect(tooDeepUnder(JSON.parse(text))).toBe('a')
  })
})
