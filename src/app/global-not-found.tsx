import type { Metadata } from 'next'

import { HallChrome } from '@/site/hall/components/HallChrome'

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
        <HallChrome>
          <div className="hall-notfound">
            <h1>页面不存在</h1>
            <p>您访问的地址不存在或已失效，请检查链接是否完整。</p>
            <p>
              <a href="/">返回网上营业厅首页</a>
            </p>
          </div>
        </HallChrome>
      </body>
    </html>
  )
}
