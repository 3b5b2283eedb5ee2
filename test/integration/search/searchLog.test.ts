import { commitTransaction, createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { SearchQuery } from '@/payload-types'
import { flushSearchLog, logSearch, type SearchLogEntry } from '@search/api/searchLog'
import { seed } from '@seed/index'
import { bootPayload, findUserByEmail, openWriteTransaction } from '@test/helpers/payload'
import { searchLogEntry } from '@test/helpers/searchLog'

let payload: Payload

const log = async (e: SearchLogEntry, req?: PayloadRequest) =>
  logSearch(req ?? (await createLocalReq({}, payload)), e)
/** The database layer: no collection hook runs, so nothing is flushed by the read itself. */
const stored = (id: string) =>
  payload.db.findOne<SearchQuery>({ collection: 'search-queries', where: { id: { equals: id } } })
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

// MongoDB writes each row as it comes (see logSearch); the SQL adapters batch them.
const batched = !/^mongodb/.test(process.env.DATABASE_URL ?? '')

beforeAll(async () => {
  payload = await bootPayload()
  await seed(payload, { orgOnly: true })
})
afterAll(async () => {
  await payload?.destroy()
})

describe.skipIf(!batched)('search log (batched on the SQL adapters)', () => {
  it('a logged search is written a moment later without anyone asking', async () => {
    const ids = [await log(searchLogEntry('携号转网')), await log(searchLogEntry('宽带'))]
    // The last query waits for its searcher to pause (2 s), then for the next write.
    await sleep(2600)
    const rows = await Promise.all(ids.map(stored))
    expect(rows.map((row) => row?.q)).toEqual(['携号转网', '宽带'])
    expect(rows[0]).toMatchObject({ channel: 'online_hall', province: '440000', hits: 2 })
    expect(Date.parse(String(rows[0]!.createdAt))).toBeLessThanOrEqual(Date.now())
  })

  it('row ids sort in the order the searches were made (appended to the key index, not scattered)', async () => {
    const ids: string[] = []
    // Within one millisecond too.
    for (const q of ['套餐变更', '流量加油包', '话费发票', '5G', '欠费停机', '忘记服务密码']) {
      ids.push(await log(searchLogEntry(q)))
    }
    expect([...ids].sort()).toEqual(ids)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('a read of search-queries first writes the searches waiting', async () => {
    const id = await log(searchLogEntry('停机保号', { city: '440100', category: 'c1', page: 2 }))
    const found = await payload.findByID({ collection: 'search-queries', id, depth: 0 })
    expect(found).toMatchObject({ q: '停机保号', city: '440100', category: 'c1', page: 2 })
  })

  it('a row the database refuses loses only itself; the batch around it is written', async () => {
    const before = await log(searchLogEntry('国际漫游'))
    // hits is NOT NULL: this row cannot be stored.
    const refused = await log(searchLogEntry('坏行', { hits: null as unknown as number }))
    const after = await log(searchLogEntry('副卡'))
    await flushSearchLog(payload)
    expect((await stored(before))?.q).toBe('国际漫游')
    expect((await stored(after))?.q).toBe('副卡')
    expect(await stored(refused)).toBeNull()
  })

  it('a signed-in searcher is recorded as the user', async () => {
    const user = await findUserByEmail(payload, 'agent.440100@demo.kb')
    const id = await log(searchLogEntry('积分兑换', { channel: 'agent_kb', user: String(user.id) }))
    await flushSearchLog(payload)
    const row = await payload.findByID({ collection: 'search-queries', id, depth: 0 })
    expect(row.user).toBe(user.id)
  })

  it('a flush while a transaction is open waits for it without holding the thread', async () => {
    const req = await openWriteTransaction(payload)
    const id = await log(searchLogEntry('营业厅几点开门'))
    const flushed = flushSearchLog(payload)
    // SQLite's busy wait would stop the thread here for seconds (then fail the write).
    const started = Date.now()
    await sleep(20)
    expect(Date.now() - started).toBeLessThan(1000)
    await commitTransaction(req)
    await flushed
    expect((await stored(id))?.q).toBe('营业厅几点开门')
  })

  it('a query typed on or deleted back replaces the searcher’s open one and keeps its id', async () => {
    const typed = ['携', '携号', '携号转', '携号转网', '携号转'].map((q) => searchLogEntry(q))
    const ids = new Set<string>()
    for (const e of typed) ids.add(await log({ ...e, hits: e.q!.length }))
    expect(ids.size).toBe(1)
    // Something else, from the same searcher: their typing is over, a new row begins.
    const other = await log(searchLogEntry('宽带'))
    await flushSearchLog(payload)
    const [id] = [...ids]
    expect(await stored(id!)).toMatchObject({ q: '携号转', hits: 3 })
    expect((await stored(other))?.q).toBe('宽带')
  })

  it('searchers never share a row, nor do different areas or channels', async () => {
    const agent = await findUserByEmail(payload, 'agent.440100@demo.kb')
    const asAgent = await createLocalReq({ user: { ...agent, collection: 'users' } }, payload)
    const first = await log(searchLogEntry('停机'))
    const byAgent = await log(
      searchLogEntry('停机保号', { channel: 'agent_kb', user: agent.id }),
      asAgent,
    )
    const elsewhere = await log(searchLogEntry('停机保号', { province: '510000' }))
    await flushSearchLog(payload)
    expect(new Set([first, byAgent, elsewhere]).size).toBe(3)
    expect((await stored(first))?.q).toBe('停机')
    expect((await stored(byAgent))?.q).toBe('停机保号')
  })
})
