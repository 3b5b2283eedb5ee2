import Link from 'next/link'

import type { User } from '@/payload-types'
import { LogoutButton } from './LogoutButton'
import { NotificationLink } from './NotificationLink'

type Props = {
  user: User
  unitName: string | null
  current: 'search' | 'reports' | 'report' | 'notifications' | 'item'
  showAdminLink: boolean
}

/** The console's top bar: name, navigation, who is signed in, 退出. */
export function AgentHeader({ user, unitName, current, showAdminLink }: Props) {
  return (
    <header className="agent-header">
      <a className="agent-skip" href="#agent-main">
        跳到主要内容
      </a>
      <div className="agent-header__inner">
        <Link className="agent-brand" href="/agent" prefetch={false}>
          坐席知识库
        </Link>
        <nav aria-label="坐席知识库导航" className="agent-nav">
          <ul>
            <li>
              <Link
                aria-current={current === 'search' ? 'page' : undefined}
                href="/agent"
                prefetch={false}
              >
                搜索
              </Link>
            </li>
            <li>
              <Link
                aria-current={current === 'reports' ? 'page' : undefined}
                href="/agent/reports"
                prefetch={false}
              >
                我的反馈
              </Link>
            </li>
            <li>
              <Link
                aria-current={current === 'report' ? 'page' : undefined}
                className="agent-nav__report"
                href="/agent/reports/new"
                prefetch={false}
              >
                上报问题
              </Link>
            </li>
            <li>
              <NotificationLink current={current === 'notifications'} />
            </li>
            {showAdminLink && (
              <li>
                <a href="/admin">管理后台</a>
              </li>
            )}
          </ul>
        </nav>
        <div className="agent-user">
          <span className="agent-user__name">
            {user.name}
            {unitName && <span className="agent-user__unit">（{unitName}）</span>}
          </span>
          <LogoutButton />
        </div>
      </div>
    </header>
  )
}
