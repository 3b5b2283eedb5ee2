import { spawnSync } from 'node:child_process'

import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
} from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { searchEngine } from '@search/engine'
import { SEARCH_QUEUE } from '@search/sync/syncSearchIndexTask'
import type { SearchEngine, SearchIndexName } from '@search/types'
import { seed } from '@seed/index'
import { type HttpClient, demoUsersOverHttp } from '@test/helpers/httpClient'
import { startApiServer } from '@test/helpers/httpServer'
import { bootPayload } from '@test/helpers/payload'

let payload: Payload
let engine: SearchEngine
let api: Awaited<ReturnType<typeof startApiServer>>
let categoryId: string

const as = demoUsersOverHttp(() => api.url)

async function act(client: HttpClient, id: string, action: string) {
  const res = await client.post(`/api/knowledge/${id}/workflow`, { action })
  expect(res.status, await res.clone().text()).toBe(200)
}

/** Walks a new public FAQ of `unit` through its whole review chain over HTTP. */
async function publishFaq(unit: '440100' | '100000' | '440000', title: string, extra = {}) {
  const editor = await as('editor', unit)
  const res = await editor.post('/api/knowledge?draft=true', {
    kind: 'faq',
    title,
    summary: `${title}的简要答案`,
    category: categoryId,
    channels: ['online_hall', 'agent_kb'],
    ...extra,
  })
  expect(res.status, await res.clone().text()).toBe(201)
  const id = (await res.json()).doc.id as string
  const reviewUnit = unit === '440100' ? '440000' : unit
  await act(editor, id, 'submit')
  await act(await as('reviewer', reviewUnit), id, 'approve')
  await act(await as('compliance', reviewUnit), id, 'approve')
  return id
}

const pendingJobsFor = async (id: string) =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: {
        and: [
          { queue: { equals: SEARCH_QUEUE } },
          { completedAt: { exists: false } },
          { 'input.knowledgeId': { equals: id } },
        ],
      },
      overrideAccess: true,
      limit: 10,
    })
  ).docs

const runQueue = () => payload.jobs.run({ queue: SEARCH_QUEUE, limit: 100 })

async function foundIds(
  q: string,
  reader: { province: string | null; city: string | null },
  index: SearchIndexName = 'online_hall',
) {
  const result = await engine.search({ index, q, reader, limit: 10, offset: 0 })
  return result.hits.map((hit) => hit.id)
}

const GUANGZHOU = { province: '440000', city: '440100' }
const CHENGDU = { province: '510000', city: '510100' }

beforeAll(async () => {
  payload = await bootPayload()
  await seed(payload, { orgOnly: true })
  api = await startApiServer()
  engine = await searchEngine(payload)
  categoryId = (await payload.find({ collection: 'categories', limit: 1 })).docs[0]!.id
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

describe('search index sync (outbox)', () => {
  it('publishing queues a job; the worker makes the item searchable in both indexes, in its area only', async () => {
    const id = await publishFaq('440100', '琥珀星球套餐退订说明')
    expect(await pendingJobsFor(id)).toHaveLength(1)
    expect(await foundIds('琥珀星球', GUANGZHOU)).not.toContain(id)
    await runQueue()
    expect(await pendingJobsFor(id)).toHaveLength(0)
    expect(await foundIds('琥珀星球', GUANGZHOU)).toContain(id)
    expect(await foundIds('琥珀星球', GUANGZHOU, 'agent_kb')).toContain(id)
    expect(await foundIds('琥珀星球', CHENGDU)).not.toContain(id)
  })

  it('drafts never reach an index, not even a new draft of a live item', async () => {
    const editor = await as('editor', '440100')
    const res = await editor.post('/api/knowledge?draft=true', {
      kind: 'faq',
      title: '珊瑚海湾草稿条目',
      summary: '草稿',
      category: categoryId,
      channels: ['online_hall'],
    })
    const draftId = (await res.json()).doc.id as string
    expect(await pendingJobsFor(draftId)).toHaveLength(0)

    const liveId = await publishFaq('440100', '翡翠山谷资费说明')
    await runQueue()
    const edit = await editor.patch(`/api/knowledge/${liveId}?draft=true`, {
      title: '翡翠山谷资费说明（修订中的珊瑚海湾）',
    })
    expect(edit.status, await edit.clone().text()).toBe(200)
    await runQueue()
    expect(await foundIds('珊瑚海湾', GUANGZHOU)).toEqual([])
    expect(await foundIds('翡翠山谷', GUANGZHOU)).toContain(liveId)
  })

  it('archiving a live item removes it from the indexes', async () => {
    const id = await publishFaq('440100', '银河灯塔宽带优惠')
    await runQueue()
    expect(await foundIds('银河灯塔', GUANGZHOU)).toContain(id)
    await act(await as('editor', '440100'), id, 'archive')
    expect(await pendingJobsFor(id)).toHaveLength(1)
    await runQueue()
    expect(await foundIds('银河灯塔', GUANGZHOU)).toEqual([])
    expect(await foundIds('银河灯塔', GUANGZHOU, 'agent_kb')).toEqual([])
  })

  it('a published local variant replaces its original in the index, for its own area only', async () => {
    const original = await publishFaq('100000', '紫罗兰卡补办规则')
    const variant = await publishFaq('440000', '广东紫罗兰卡补办规则', { overrides: original })
    await runQueue()
    expect(await foundIds('紫罗兰', GUANGZHOU)).toEqual([variant])
    expect(await foundIds('紫罗兰', CHENGDU)).toEqual([original])
    expect(await foundIds('紫罗兰', { province: null, city: null })).toEqual([original])
  })

  it('a change that rolls back leaves no job behind', async () => {
    const before = (await payload.count({ collection: 'payload-jobs', overrideAccess: true }))
      .totalDocs
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    const unit = await payload.find({
      collection: 'org-units',
      where: { code: { equals: '440000' } },
    })
    await payload.create({
      collection: 'knowledge',
      context: { workflowTransition: true },
      req,
      data: {
        kind: 'faq',
        title: '回滚的条目',
        summary: '回滚',
        category: categoryId,
        channels: ['online_hall'],
        ownerUnit: unit.docs[0]!.id,
        workflowState: 'published',
        _status: 'published',
      },
    })
    await killTransaction(req)
    expect(
      (await payload.count({ collection: 'payload-jobs', overrideAccess: true })).totalDocs,
    ).toBe(before)
    // The same change committed does leave its job.
    const committed = await createLocalReq({}, payload)
    await initTransaction(committed)
    const item = await payload.create({
      collection: 'knowledge',
      context: { workflowTransition: true },
      req: committed,
      data: {
        kind: 'faq',
        title: '提交的条目',
        summary: '提交',
        category: categoryId,
        channels: ['online_hall'],
        ownerUnit: unit.docs[0]!.id,
        workflowState: 'published',
        _status: 'published',
      },
    })
    await commitTransaction(committed)
    expect(await pendingJobsFor(item.id)).toHaveLength(1)
    await runQueue()
  })

  it('a process killed between commit and index apply loses nothing: the job runs after restart', async () => {
    const title = '北极光号码保留须知'
    const child = spawnSync(
      process.execPath,
      ['--conditions=production', '--import', 'tsx', 'test/fixtures/publishThenDie.ts', title],
      {
        env: { ...process.env, JOBS_AUTORUN: 'false', LOG_DESTINATION: 'stderr' },
        encoding: 'utf8',
      },
    )
    expect(child.signal, child.stderr).toBe('SIGKILL')
    const id = child.stdout.trim()
    expect((await payload.findByID({ collection: 'knowledge', id })).title).toBe(title)
    expect(await foundIds('北极光', GUANGZHOU)).toEqual([])
    expect(await pendingJobsFor(id)).toHaveLength(1)
    await runQueue()
    expect(await foundIds('北极光', GUANGZHOU)).toEqual([id])
  })

  it('a glossary change rebuilds the indexes, so a new synonym finds live items', async () => {
    const id = await publishFaq('440100', '玄武湖畔套餐说明')
    await runQueue()
    expect(await foundIds('青龙水岸', GUANGZHOU)).toEqual([])
    await payload.create({
      collection: 'glossary',
      data: { term: '玄武湖畔', synonyms: ['青龙水岸'] },
      overrideAccess: true,
    })
    const queued = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'rebuildSearchIndexes' } },
      overrideAccess: true,
    })
    expect(queued.totalDocs).toBe(1)
    await runQueue()
    expect(await foundIds('青龙水岸', GUANGZHOU)).toEqual([id])
  })

  it('an engine outage fails the job, keeps it for retry with its error, and a later run applies it', async () => {
    const holder = globalThis as typeof globalThis & { kbSearchEngine?: Promise<SearchEngine> }
    const working = holder.kbSearchEngine
    const id = await publishFaq('440100', '青铜钥匙流量包说明')
    // The engine cannot be reached: what a Meilisearch outage looks like to the worker.
    holder.kbSearchEngine = Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:7700'))
    holder.kbSearchEngine.catch(() => undefined)
    await runQueue()
    const [failed] = await pendingJobsFor(id)
    expect(failed).toBeDefined()
    expect(failed!.totalTried).toBeGreaterThanOrEqual(1)
    expect(JSON.stringify(failed!.log)).toContain('ECONNREFUSED')
    expect(await foundIds('青铜钥匙', GUANGZHOU)).toEqual([])

    // HQ admins see the failure in the admin's job list; a province admin does not see jobs.
    const hqJobs = await (
      await as('admin', '100000')
    ).get(`/api/payload-jobs?where[id][equals]=${failed!.id}`)
    expect((await hqJobs.json()).docs).toHaveLength(1)
    const provinceJobs = await (await as('admin', '440000')).get('/api/payload-jobs')
    expect(provinceJobs.status).toBe(403)

    holder.kbSearchEngine = working
    // The retry waits out its backoff (1 s for the first).
    await new Promise((resolve) => setTimeout(resolve, 2_100))
    await runQueue()
    expect(await pendingJobsFor(id)).toHaveLength(0)
    expect(await foundIds('青铜钥匙', GUANGZHOU)).toEqual([id])
  })
})
