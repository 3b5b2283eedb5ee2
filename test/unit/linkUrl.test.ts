import { describe, expect, it } from 'vitest'

import { firstUnsafeLinkUrl, isSafeLinkUrl, safeLinkUrl } from '@/richtext/linkUrl'

const withLinks = (...links: object[]) => ({
  root: {
    type: 'root',
    children: [{ type: 'paragraph', children: [{ type: 'text', text: '见' }, ...links] }],
  },
})
const link = (url: string, type = 'link') => ({
  type,
  fields: { linkType: 'custom', url },
  children: [],
})

describe('link addresses: one rule at save and at render', () => {
  it('keeps web, mail, phone, relative and fragment addresses', () => {
    for (const url of [
      'https://www.10086.cn/',
      'http://a.cn',
      'mailto:kf@example.cn',
      'tel:10086',
      '/hall/440000',
      './a',
      '#steps',
      '#',
    ])
      expect(isSafeLinkUrl(url), url).toBe(true)
  })

  it('refuses the schemes the render turns into #', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
    ]) {
      expect(isSafeLinkUrl(url), url).toBe(false)
      expect(safeLinkUrl(url), url).toBe('#')
    }
  })

  it('finds the first unsafe address in a document, links and autolinks, however deep', () => {
    expect(firstUnsafeLinkUrl(withLinks(link('https://a.cn'), link('tel:10086')))).toBeNull()
    expect(
      firstUnsafeLinkUrl(withLinks(link('https://a.cn'), link('javascript:x', 'autolink'))),
    ).toBe('javascript:x')
    const internal = {
      type: 'link',
      fields: { linkType: 'internal', url: 'javascript:x' },
      children: [],
    }
    expect(firstUnsafeLinkUrl(withLinks(internal))).toBeNull()
    let deep: object = link('javascript:deep')
    for (let i = 0; i < 50_000; i++) deep = { type: 'listitem', children: [deep] }
    expect(firstUnsafeLinkUrl(withLinks(deep))).toBe('javascript:deep')
    expect(firstUnsafeLinkUrl(null)).toBeNull()
  })
})
