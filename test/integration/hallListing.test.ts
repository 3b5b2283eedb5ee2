import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@seed/index'
import type { ReaderArea } from '@/domain/visibility'
import {
  groupByTopCategory,
  listAreaFaqs,
  mostViewedFirst,
  popularFaqs,
} from '@/site/hall/knowledge'
import { createKnowledgeAt } from '@test/helpers/knowledge'
import { bootPayload } from '@test/helpers/payload'

let payload: Payload
const guangdong: ReaderArea = { province: '440000', city: null }
const ids: Record<'first' | 'second' | 'third' | 'sichuan', string> = {
  first: '',
  second: '',
  third: '',
  sichuan: '',
}

const view = (item: string, province: string, count: number) =>
  payload.create({
    collection: 'item-views',
    data: { item, province, count, viewKey: `${item}:${province}` },
    overrideAccess: true,
  })

beforeAll(async () => {
  payload = await bootPayload()
  await seed(payload, { orgOnly: true })
  // Titles in this order, so that the listing's own order (by title) is first, second, third.
  for (const [key, title] of [
    ['first', 'A 排序验证一'],
    ['second', 'B 排序验证二'],
    ['third', 'C 排序验证三'],
  ] as const)
    ids[key] = (await createKnowledgeAt(payload, '440000', { state: 'published', title })).id
  ids.sichuan = (await createKnowledgeAt(payload, '510000', { state: 'published' })).id
  await view(ids.third, '440000', 9)
  await view(ids.second, '440000', 4)
  // Views elsewhere do not rank 广东's questions; 四川's item is never 广东's, however viewed.
  await view(ids.first, '510000', 50)
  await view(ids.sichuan, '440000', 99)
})
afterAll(async () => {
  await payload?.destroy()
})

describe('the online hall lists an area’s questions, most viewed in its province first', () => {
  it('orders by the province’s views, the unviewed keeping their title order', async () => {
    const listed = await listAreaFaqs(guangdong)
    expect(listed.map((item) => item.id)).toEqual([ids.first, ids.second, ids.third])
    const ranked = await mostViewedFirst(guangdong, listed)
    expect(ranked.map((item) => item.id)).toEqual([ids.third, ids.second, ids.first])
    // The groups keep the order they are given: the area page shows each category's top few.
    const [group] = await groupByTopCategory(ranked)
    expect(group!.items.map((item) => item.id)).toEqual([ids.third, ids.second, ids.first])
  })

  it('热门问题 are the viewed questions this area may see, most viewed first', async () => {
    const popular = await popularFaqs(guangdong)
    expect(popular.map((item) => item.id)).toEqual([ids.third, ids.second])
  })

  it('a reader with no province gets the listing as it is', async () => {
    const items = await listAreaFaqs(guangdong)
    const nowhere: ReaderArea = { province: null, city: null }
    expect(await mostViewedFirst(nowhere, items)).toEqual(items)
  })
})
