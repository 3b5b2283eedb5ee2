import type { Metadata } from 'next'

import { FREE_KINDS } from '@/domain/feedback'
import { AgentHeader } from '@/site/agent/components/AgentHeader'
import { ReportForm } from '@/site/agent/components/ReportForm'
import { loadUnitName } from '@/site/agent/data'
import { hasContentRole, requireSession } from '@/site/agent/session'

export const metadata: Metadata = { title: '上报问题' }

type Props = { searchParams: Promise<{ kind?: string | string[]; q?: string | string[] }> }

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** 上报问题: one channel for what the front line meets (seed 003), from any console page. */
export default async function NewReportPage({ searchParams }: Props) {
  const { payload, user } = await requireSession('/agent/reports/new')
  const params = await searchParams
  const kind = FREE_KINDS.find((k) => k === first(params.kind)) ?? 'business'
  const unitName = await loadUnitName(payload, user)
  return (
    <>
      <AgentHeader
        current="report"
        showAdminLink={hasContentRole(user)}
        unitName={unitName}
        user={user}
      />
      <main className="agent-main" id="agent-main">
        <h1>上报问题</h1>
        <p className="agent-meta">
          报告工作中遇到的问题、建议或查不到的知识。先由{unitName ?? '本单位'}
          受理，需要上级支撑的逐级上报；处理进度和答复见“我的反馈”。针对某条知识的报错请在该条目页提交。
        </p>
        <ReportForm initialKind={kind} initialQuery={(first(params.q) ?? '').slice(0, 200)} />
      </main>
    </>
  )
}
