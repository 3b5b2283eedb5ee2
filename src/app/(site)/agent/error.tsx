'use client'

import Link from 'next/link'

import { errorDigest } from '@/site/errorDigest'

/** A console page failed to render: said in Chinese, with a retry and the way back to search. */
export default function AgentError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = errorDigest(error)
  return (
    <main className="agent-main agent-main--narrow" id="agent-main">
      <div role="alert">
        <h1>页面暂时无法显示</h1>
        <p>服务暂时出现问题，请稍后重试。</p>
        {digest ? <p>错误编号：{digest}（重试仍不能显示时，请告知系统管理员）</p> : null}
      </div>
      <p>
        <button className="agent-button" type="button" onClick={retry}>
          重试
        </button>{' '}
        <Link href="/agent">返回搜索</Link>
      </p>
    </main>
  )
}
