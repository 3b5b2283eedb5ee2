'use client'

import { HallChrome } from '@/site/hall/components/HallChrome'
import { errorDigest } from '@/site/errorDigest'

/** A hall page failed to render (the database unreachable, a bug): said in Chinese, with a retry. */
export default function SiteError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = errorDigest(error)
  return (
    <HallChrome>
      <div className="hall-notfound">
        <div role="alert">
          <h1>页面暂时无法显示</h1>
          <p>服务暂时出现问题，请稍后重试。</p>
          {digest ? <p>错误编号：{digest}</p> : null}
        </div>
        <p>
          <button className="hall-retry" type="button" onClick={retry}>
            重试
          </button>{' '}
          <a href="/">返回网上营业厅首页</a>
        </p>
      </div>
    </HallChrome>
  )
}
