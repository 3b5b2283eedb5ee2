import { createLocalReq, type Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import {
  purgeExpiredSearchQueries,
  SEARCH_LOG_RETENTION_DAYS,
} from '@collections/SearchQueries/retention/purgeExpiredSearchQueries'
import { MAINTENANCE_QUEUE } from '@collections/SearchQueries/retention/purgeExpiredSearchQueriesTask'
import { now, setClock } from '@/lib/clock'
import { bootPayload } from '@test/helpers/payload'
import { searchLogEntry } from '@test/helpers/searchLog'

const DAY = 86_400_000
let payload: Payload

beforeAll(async () => {
  payload = await bootPayload()
})
afterEach(() => setClock(null))
afterAll(async () => {
  await payload?.destroy()
})

/** A search logged `days` ago, written through the adapter: the search API logs only "now". */
async function loggedDaysAgo(q: string, days: number, from: Date): Promise<string> {
  const at = new Date(from.getTime() - days * DAY).toISOString()
  const row = await payload.db.create({
    collection: 'search-queries',
    data: { ...searchLogEntry(q), createdAt: at, updatedAt: at },
  })
  return String(row.id)
}

const stillLogged = async (id: string) =>
  (await payload.db.findOne({ collection: 'search-queries', where: { id: { equals: id } } })) !==
  null

describe(`search log retention (${SEARCH_LOG_RETENTION_DAYS} days)`, () => {
  it('the nightly job, run through the queue, deletes only the searches past retention', async () => {
    const today = now()
    const expired = await loggedDaysAgo('过期的搜索', SEARCH_LOG_RETENTION_DAYS + 1, today)
    const kept = await loggedDaysAgo('保留的搜索', SEARCH_LOG_RETENTION_DAYS - 1, today)
    const recent = await loggedDaysAgo('今天的搜索', 0, today)

    setClock(today)
    await payload.jobs.queue({
      task: 'purgeExpiredSearchQueries',
      input: {},
      queue: MAINTENANCE_QUEUE,
    })
    await payload.jobs.run({ queue: MAINTENANCE_QUEUE })

    expect(await stillLogged(expired)).toBe(false)
    expect(await stillLogged(kept)).toBe(true)
    expect(await stillLogged(recent)).toBe(true)
  })

  it('counts what it deletes; a day later the next one goes, and nothing twice', async () => {
    // Ten years back: every other search in this database is younger than these.
    const today = new Date(now().getTime() - 3650 * DAY)
    const edge = await loggedDaysAgo('明天到期的搜索', SEARCH_LOG_RETENTION_DAYS - 0.5, today)
    const req = await createLocalReq({}, payload)

    expect(await purgeExpiredSearchQueries(req, today)).toBe(0)
    expect(await stillLogged(edge)).toBe(true)
    expect(await purgeExpiredSearchQueries(req, new Date(today.getTime() + DAY))).toBe(1)
    expect(await stillLogged(edge)).toBe(false)
    expect(await purgeExpiredSearchQueries(req, new Date(today.getTime() + DAY))).toBe(0)
  })
})
