import type { ReactNode } from 'react'

import type { HallArea } from '../areas'
import { chooserPath, hallPath, privacyPath } from '../paths'

/**
 * The online hall's page frame: skip link, header (brand, current area and a link to the area
 * chooser), the page's `<main>`, and a footer with the area's hotline.
 */
export function HallChrome({ area, children }: { area?: HallArea; children: ReactNode }) {
  const hotline = area?.regionValues.hotline
  // "10000（四川话服务请按9）" dials 10000: the first number in the text.
  const dial = hotline?.match(/\+?\d[\d-]{2,}/)?.[0]
  return (
    <div className="hall">
      <a className="hall-skip" href="#main">
        跳到主要内容
      </a>
      <header className="hall-header">
        <div className="hall-header__inner">
          <p className="hall-brand">
            <a href={area ? hallPath(area.code) : '/'}>
              网上营业厅<span className="hall-brand__sub">常见问题</span>
            </a>
          </p>
          {area ? (
            <nav className="hall-area" aria-label="地区">
              <span className="visually-hidden">当前地区：</span>
              {area.label}
              {/* A link, not the list inline: every page would carry all ~370 areas' links. */}
              <a className="hall-area__action" href={chooserPath}>
                切换地区
              </a>
            </nav>
          ) : null}
        </div>
      </header>
      <main id="main" className="hall-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="hall-footer">
        {hotline ? (
          <p>
            {area?.name}客服热线：{dial ? <a href={`tel:${dial}`}>{hotline}</a> : hotline}
          </p>
        ) : null}
        <p>
          网上营业厅 · 自助服务常见问题 · <a href={privacyPath}>隐私说明</a>
        </p>
      </footer>
    </div>
  )
}
