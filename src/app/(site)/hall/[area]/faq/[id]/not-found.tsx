// A client component, so each page's data names it instead of carrying its tree (README, Speed).
'use client'

import { BackToArea } from '@/site/hall/components/BackToArea'

/**
 * The question is not (or no longer) public in this area: draft, expired, withdrawn, internal,
 * another province's, or replaced by a local version. Never stale text.
 */
export default function FaqNotFound() {
  return (
    <div className="hall">
      <main id="main" className="hall-main hall-notfound">
        <h1>该问题已不存在或已下线</h1>
        <p>您查看的问题可能已更新、下线，或不适用于您所在的地区。</p>
        <p>
          <BackToArea />
        </p>
      </main>
    </div>
  )
}
