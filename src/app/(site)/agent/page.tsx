import { AgentHeader } from '@/site/agent/components/AgentHeader'
import { NewServiceList } from '@/site/agent/components/NewServiceList'
import { NoticeList } from '@/site/agent/components/NoticeList'
import { SearchConsole } from '@/site/agent/components/SearchConsole'
import { loadNewServices, loadNotices, loadUnitName } from '@/site/agent/data'
import { hasContentRole, requireSession } from '@/site/agent/session'

type Props = { searchParams: Promise<{ q?: string | string[] }> }

/**
 * 坐席知识库: one search field, results as you type, what went live lately (新业务上线) and the
 * pinned notices of the agent's area.
 */
export default async function AgentConsolePage({ searchParams }: Props) {
  const { payload, user } = await requireSession()
  const q = (await searchParams).q
  const [notices, newServices, unitName] = await Promise.all([
    loadNotices(payload, user),
    loadNewServices(payload, user),
    loadUnitName(payload, user),
  ])
  return (
    <>
      <AgentHeader
        current="search"
        showAdminLink={hasContentRole(user)}
        unitName={unitName}
        user={user}
      />
      <main className="agent-main" id="agent-main">
        <h1 className="agent-visually-hidden">坐席知识库搜索</h1>
        <SearchConsole initialQuery={(Array.isArray(q) ? q[0] : q) ?? ''}>
          <NewServiceList services={newServices} />
          <NoticeList notices={notices} />
        </SearchConsole>
      </main>
    </>
  )
}
