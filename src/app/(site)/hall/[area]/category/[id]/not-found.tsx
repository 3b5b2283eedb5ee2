// A client component, so each page's data names it instead of carrying its tree (README, Speed).
'use client'

import { BackToArea } from '@/site/hall/components/BackToArea'

/** No such category, or none of its questions is public in this area (any more). */
export default function CategoryNotFound() {
  return (
    <div className="hall">
      <main id="main" className="hall-main hall-notfound">
        <h1>未找到该分类</h1>
        <p>该分类不存在，或暂无适用于您所在地区的问题。</p>
        <p>
          <BackToArea />
        </p>
      </main>
    </div>
  )
}
