// A client component, so each page's data names it instead of carrying its tree (README, Speed).
'use client'

import Link from 'next/link'

export default function AgentNotFound() {
  return (
    <main className="agent-main agent-main--narrow" id="agent-main">
      <h1>找不到该条目</h1>
      <p>条目不存在、已下线，或不在您所在单位的查看范围内。</p>
      <p>
        <Link href="/agent">返回搜索</Link>
      </p>
    </main>
  )
}
