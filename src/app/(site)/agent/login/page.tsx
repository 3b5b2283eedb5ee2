import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { LoginForm } from '@/site/agent/components/LoginForm'
import { getSession, safeReturnPath } from '@/site/agent/session'

export const metadata: Metadata = { title: '登录' }

type Props = { searchParams: Promise<{ next?: string | string[] }> }

export default async function AgentLoginPage({ searchParams }: Props) {
  const next = safeReturnPath((await searchParams).next)
  const { user } = await getSession()
  if (user) redirect(next)
  return (
    <main className="agent-main agent-login" id="agent-main">
      <h1>坐席知识库</h1>
      <p className="agent-login__intro">请使用工作账号登录。</p>
      <LoginForm next={next} />
    </main>
  )
}
