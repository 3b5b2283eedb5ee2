import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import AgentError from '@/app/(site)/agent/error'
import SiteError from '@/app/(site)/error'

/** What a failed render hands the page: an error whose text names internals, and Next's digest. */
const failure = () =>
  Object.assign(new Error('SQLITE_BUSY: database is locked (/srv/kb/data/kb.db)'), {
    digest: '2840184913',
  })

describe.each([
  ['hall', SiteError],
  ['agent console', AgentError],
])('the %s error page', (_, ErrorPage) => {
  const render = (error: unknown) =>
    renderToStaticMarkup(createElement(ErrorPage, { error, retry: () => undefined }))

  it('says in Chinese that the page cannot be shown, with a retry and the error number', () => {
    const html = render(failure())
    expect(html).toContain('<h1>页面暂时无法显示</h1>')
    expect(html).toMatch(/<button[^>]*type="button"[^>]*>重试<\/button>/)
    expect(html).toContain('错误编号：2840184913')
  })

  it('shows nothing of the error itself', () => {
    const html = render(failure())
    expect(html).not.toContain('SQLITE_BUSY')
    expect(html).not.toContain('/srv/kb')
  })

  it('leaves the number out when there is none (an error thrown in the browser)', () => {
    expect(render(new Error('x'))).not.toContain('错误编号')
    expect(render('not an Error')).not.toContain('错误编号')
  })
})
