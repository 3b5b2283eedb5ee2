/**
 * Typing pinyin, through the search API over HTTP, on the demo content: whole words, syllables
 * apart and initials of a title's word (a part of a longer word too) find its items, for the public
 * and for agents; Latin terms and their typos still find theirs.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '@seed/demoUsers'
import { SEARCH_QUEUE } from '@/lib/jobQueues'
import { type HttpClient, loginOverHttp } from '@test/helpers/httpClient'
import { startApiServer } from '@test/helpers/httpServer'
import { bootSeededPayload } from '@test/helpers/payload'

let payload: Payload
let api: Awaited<ReturnType<typeof startApiServer>>
let agent: HttpClient

type Body = { total: number; hits: Array<{ title: string }> }

/** Titles a visitor in Guangzhou finds in the online hall. */
const publicTitles = async (q: string) => {
  const res = await fetch(
    `${api.url}/api/kb/search?q=${encodeURIComponent(q)}&province=440000&city=440100`,
  )
  expect(res.status).toBe(200)
  return ((await res.json()) as Body).hits.map((hit) => hit.title)
}

/** Titles a Guangzhou agent finds in the agents' index. */
const agentTitles = async (q: string) => {
  const res = await agent.get(`/api/kb/search?q=${encodeURIComponent(q)}`)
  expect(res.status).toBe(200)
  return ((await res.json()) as Body).hits.map((hit) => hit.title)
}

beforeAll(async () => {
  payload = await bootSeededPayload()
  await payload.jobs.run({ queue: SEARCH_QUEUE, limit: 1000 })
  api = await startApiServer()
  agent = await loginOverHttp(api.url, 'agent.440100@demo.kb', DEMO_PASSWORD)
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

describe.each([
  ['the public', publicTitles],
  ['an agent', agentTitles],
])('typed pinyin, as %s', (_, titles) => {
  it.each([
    ['xiehaozhuanwang', '携号转网'],
    ['xie hao zhuan wang', '携号转网'],
    ['xhzw', '携号转网'],
    ['XHZW', '携号转网'],
    ['kuandai', '宽带'],
    ['kuan dai', '宽带'],
    // A part of a longer word: the titles hold 宽带安装 and 套餐变更.
    ['anzhuang', '安装'],
    ['biangeng', '变更'],
  ])('%s finds the items titled with %s first', async (q, word) => {
    // The items this reader finds by the word itself with the word in their title.
    const titled = (await titles(word)).filter((title) => title.includes(word))
    expect(titled.length).toBeGreaterThan(0)
    const top = (await titles(q)).slice(0, Math.min(3, titled.length))
    expect(top).toHaveLength(Math.min(3, titled.length))
    for (const title of top) expect(title).toContain(word)
  })

  it.each([
    ['volte', 'VoLTE高清通话怎么开通？'],
    ['voltee', 'VoLTE高清通话怎么开通？'],
  ])('a Latin term still finds its item: %s', async (q, title) => {
    expect((await titles(q))[0]).toBe(title)
  })
})
