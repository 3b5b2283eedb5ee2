// A client component, so each page's data names it instead of carrying its tree (README, Speed).
'use client'

import Link from 'next/link'

import { chooserPath } from '@/site/hall/paths'

/** An unknown area code (or HQ's, which is no reader's area). */
export default function AreaNotFound() {
  return (
    <div className="hall">
      <main id="main" className="hall-main hall-notfound">
        <h1>未找到该地区</h1>
        <p>您访问的地区不存在或暂未开通网上营业厅常见问题。</p>
        <p>
          <Link href={chooserPath}>重新选择地区</Link>
        </p>
      </main>
    </div>
  )
}
