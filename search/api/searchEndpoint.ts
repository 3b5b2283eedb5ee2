import type { Endpoint, PayloadRequest } from 'payload'

import { actorScope } from '@access/orgScope'
import type { Channel } from '@/domain/channels'
import type { ReaderArea } from '@/domain/visibility'
import { searchEngine } from '../engine'
import { indexForChannel } from '../types'
import { PAGE_SIZE, isPublicChannelName, parseSearchParams } from './searchParams'
import { errorResponse } from '@/lib/errorResponse'
import { categoryNames } from './categoryNames'
import { logSearch } from './searchLog'

/**
 * Who searches where: a signed-in user reads as their own unit (the session decides, parameters
 * cannot widen it); the public names a province and city and reads public channels only.
 */
function searcherOf(
  req: PayloadRequest,
  params: { channel?: Channel; province?: string; city?: string },
): { channel: Channel; reader: ReaderArea } | { status: number; message: string } {
  const scope = actorScope(req.user)
  if (scope) {
    return {
      channel: params.channel ?? 'agent_kb',
      reader: { province: scope.province, city: scope.city },
    }
  }
  const channel = params.channel ?? 'online_hall'
  if (!isPublicChannelName(channel))
    return { status: 403, message: 'channel: 坐席知识库须登录后搜索' }
  return { channel, reader: { province: params.province ?? null, city: params.city ?? null } }
}

/**
 * `GET /api/kb/search?q=&channel=&category=&page=&province=&city=`: highlighted hits, category
 * facets, total and time taken. Every search is logged in `search-queries` (in batches, see
 * `logSearch`).
 */
export const searchEndpoint: Endpoint = {
  path: '/kb/search',
  method: 'get',
  handler: async (req) => {
    const parsed = parseSearchParams(new URL(req.url ?? '', 'http://localhost').searchParams)
    if (!parsed.ok) return errorResponse(400, parsed.message)
    const { params } = parsed
    const searcher = searcherOf(req, params)
    if ('status' in searcher) return errorResponse(searcher.status, searcher.message)
    const engine = await searchEngine(req.payload)
    const result = await engine.search({
      index: indexForChannel(searcher.channel),
      q: params.q,
      reader: searcher.reader,
      channel: searcher.channel,
      categoryId: params.category,
      limit: PAGE_SIZE,
      offset: (params.page - 1) * PAGE_SIZE,
    })
    const names = await categoryNames(req)
    const queryId = await logSearch(req, {
      q: params.q,
      channel: searcher.channel,
      province: searcher.reader.province,
      city: searcher.reader.city,
      user: req.user && req.user.collection === 'users' ? req.user.id : null,
      category: params.category,
      page: params.page,
      hits: result.total,
      tookMs: Math.round(result.tookMs * 10) / 10,
    })
    return Response.json({
      queryId,
      total: result.total,
      page: params.page,
      pageSize: PAGE_SIZE,
      tookMs: Math.round(result.tookMs * 10) / 10,
      hits: result.hits.map((hit) => ({
        id: hit.id,
        title: hit.title,
        titleHighlighted: hit.titleHighlighted,
        snippet: hit.snippet,
        kind: hit.kind,
        category: hit.categoryId ? { id: hit.categoryId, name: hit.categoryName } : null,
        ownerLevel: hit.ownerLevel,
        ownerCode: hit.ownerCode,
      })),
      facets: {
        category: Object.entries(result.categoryFacets)
          .filter(([id]) => names.has(id))
          .map(([id, count]) => ({ id, name: names.get(id)!, count }))
          .sort((a, b) => b.count - a.count),
      },
    })
  },
}
