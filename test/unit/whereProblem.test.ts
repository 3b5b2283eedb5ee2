import { describe, expect, it } from 'vitest'

import { whereProblem } from '@/lib/whereProblem'

describe('whereProblem', () => {
  it('passes the queries the app and the admin make', () => {
    for (const where of [
      { title: { like: '话费' } },
      { id: { in: ['a', 'b'] }, _status: { equals: 'published' } },
      {
        and: [{ ownerProvince: { equals: '440000' } }, { or: [{ ownerCity: { exists: false } }] }],
      },
      { createdAt: { less_than: new Date() } },
      { channels: { contains: ['agent_kb'] } },
      { related: { contains: { title: { like: 'x' } } } },
      { email: { equals: null } },
    ])
      expect(whereProblem(where), JSON.stringify(where)).toBeNull()
  })

  it('names the field of an operator the databases cannot run', () => {
    for (const operator of ['near', 'within', 'intersects', 'all'])
      expect(whereProblem({ title: { [operator]: 'x' } })).toEqual({
        path: 'title',
        message: `不支持查询运算符 ${operator}`,
      })
    expect(whereProblem({ or: [{ and: [{ summary: { near: 'x' } }] }] })?.path).toBe('summary')
  })

  it('names the field of an object or list where one value belongs', () => {
    expect(whereProblem({ title: { equals: { a: 'x' } } })?.path).toBe('title')
    expect(whereProblem({ title: { equals: ['x'] } })?.path).toBe('title')
    expect(whereProblem({ id: { in: [{ a: 1 }] } })?.path).toBe('id')
  })

  it('refuses a where, or an and/or, of the wrong shape', () => {
    expect(whereProblem('x')?.path).toBe('where')
    expect(whereProblem({ and: 'x' })?.path).toBe('and')
    expect(whereProblem({ or: ['x'] })?.path).toBe('where')
  })
})
