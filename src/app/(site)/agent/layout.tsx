import type { Metadata } from 'next'
import type { ReactNode } from 'react'

export const metadata: Metadata = {
  title: { absolute: '坐席知识库', template: '%s · 坐席知识库' },
  description: '客服代表、营业员、客户经理使用的内部知识库',
  robots: { index: false, follow: false },
}

/** The agents' console (坐席知识库): every page signed in, rendered on the server. */
export default function AgentLayout({ children }: { children: ReactNode }) {
  return <div className="agent">{children}</div>
}
