import type { Metadata } from 'next'

import { PageNotFound } from '@/site/hall/components/PageNotFound'

import './(site)/site.css'

export const metadata: Metadata = {
  title: '页面不存在 · 网上营业厅',
  description: '您访问的地址不存在或已失效。',
}

/**
 * Any URL no route matches, in Chinese and in the hall's frame. The app has two root layouts
 * ((site) and (payload)), so Next cannot compose this page from a layout and would otherwise answer
 * with its English default.
 */
export default function GlobalNotFound() {
  return (
    <html lang="zh-CN">
      <body>
        <PageNotFound />
      </body>
    </html>
  )
}
