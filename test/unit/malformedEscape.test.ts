import { describe, expect, it } from 'vitest'

import { hasMalformedEscape } from '@/lib/malformedEscape'

describe('hasMalformedEscape', () => {
  it('finds escapes that are not UTF-8, or not escapes at all', () => {
    for (const path of [
      '/hall/%FF',
      '/hall/440000/faq/%E4%FF',
      '/api/knowledge/%E5%B9',
      '/a/%',
      '/a/%zz',
    ])
      expect(hasMalformedEscape(path), path).toBe(true)
  })

  it('passes plain paths and escapes that decode, Chinese included', () => {
    for (const path of ['/hall/440000', '/hall/%E5%B9%BF%E5%B7%9E', '/a%20b', '/admin/collections'])
      expect(hasMalformedEscape(path), path).toBe(false)
  })
})
