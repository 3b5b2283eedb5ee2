import type { Payload, PayloadRequest } from 'payload'

import { env } from '@/env'
import { EmbeddedEngine } from './embedded/EmbeddedEngine'
import { MeilisearchEngine } from './meilisearch/MeilisearchEngine'
import type { SearchEngine, SearchSettings } from './types'

/** Engine settings from the database: the glossary feeds segmentation and synonyms. */
export async function loadSearchSettings(
  payload: Payload,
  req?: Partial<PayloadRequest>,
): Promise<SearchSettings> {
  const { docs } = await payload.find({
    collection: 'glossary',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return {
    glossary: docs.map((entry) => ({ term: entry.term, synonyms: entry.synonyms ?? [] })),
  }
}

export function createSearchEngine(): SearchEngine {
  return env.meilisearch
    ? new MeilisearchEngine({ url: env.meilisearch.url, apiKey: env.meilisearch.apiKey })
    : new EmbeddedEngine(env.searchIndexPath)
}

const holder = globalThis as typeof globalThis & { kbSearchEngine?: Promise<SearchEngine> }

/** The process's engine, its indexes ensured with the stored glossary on first use. */
export function searchEngine(payload: Payload): Promise<SearchEngine> {
  holder.kbSearchEngine ??= (async () => {
    const engine = createSearchEngine()
    await engine.ensureIndexes(await loadSearchSettings(payload))
    return engine
  })().catch((error) => {
    holder.kbSearchEngine = undefined
    throw error
  })
  return holder.kbSearchEngine
}
