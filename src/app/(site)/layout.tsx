import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import './site.css'

export const metadata: Metadata = {
  title: { default: '网上营业厅 · 常见问题', template: '%s · 网上营业厅' },
  description: '电信客服知识库：全国及本省常见问题问答',
}

export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>{children}</body>
    </html>
  )
}
