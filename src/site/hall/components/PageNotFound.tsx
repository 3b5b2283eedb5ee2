import { HallChrome } from './HallChrome'

/** An address that leads to no page, in the hall's frame. */
export function PageNotFound() {
  return (
    <HallChrome>
      <div className="hall-notfound">
        <h1>页面不存在</h1>
        <p>您访问的地址不存在或已失效，请检查链接是否完整。</p>
        <p>
          <a href="/">返回网上营业厅首页</a>
        </p>
      </div>
    </HallChrome>
  )
}
