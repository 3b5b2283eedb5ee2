import type { CollectionConfig } from 'payload'

import { CHANNELS, CHANNEL_LABELS } from '@/domain/channels'
import { readSearchQueries } from './access/readSearchQueries'
import { flushPendingSearches } from './hooks/flushPendingSearches'

/**
 * Every search, for analytics (searches without results or clicks, per province and city): the
 * query a searcher stopped typing at, not each keystroke's. Written by the search API only, in
 * batches (`search/api/searchLog.ts`); nobody edits the record of what was searched.
 */
export const SearchQueries: CollectionConfig = {
  slug: 'search-queries',
  labels: {
    singular: { zh: '搜索记录', en: 'Search query' },
    plural: { zh: '搜索记录', en: 'Search queries' },
  },
  admin: {
    useAsTitle: 'q',
    defaultColumns: ['q', 'channel', 'province', 'city', 'hits', 'clickedItem', 'createdAt'],
    group: { zh: '系统', en: 'System' },
  },
  access: {
    read: readSearchQueries,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  hooks: {
    beforeOperation: [flushPendingSearches],
  },
  fields: [
    { name: 'q', type: 'text', label: { zh: '搜索词', en: 'Query' } },
    {
      name: 'channel',
      type: 'select',
      required: true,
      options: CHANNELS.map((value) => ({ value, label: CHANNEL_LABELS[value] })),
      label: { zh: '渠道', en: 'Channel' },
    },
    { name: 'province', type: 'text', index: true, label: { zh: '省', en: 'Province' } },
    { name: 'city', type: 'text', index: true, label: { zh: '地市', en: 'City' } },
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      label: { zh: '坐席', en: 'Agent' },
    },
    { name: 'category', type: 'text', label: { zh: '分类筛选', en: 'Category filter' } },
    { name: 'page', type: 'number', label: { zh: '页码', en: 'Page' } },
    {
      name: 'hits',
      type: 'number',
      required: true,
      index: true,
      label: { zh: '结果数', en: 'Hits' },
    },
    { name: 'tookMs', type: 'number', label: { zh: '耗时（毫秒）', en: 'Took (ms)' } },
    {
      name: 'clickedItem',
      type: 'relationship',
      relationTo: 'knowledge',
      label: { zh: '点击的条目', en: 'Clicked item' },
    },
    { name: 'clickedAt', type: 'date', label: { zh: '点击时间', en: 'Clicked at' } },
  ],
}
