import { randomUUID } from 'node:crypto'

import { Meilisearch } from 'meilisearch'
import { afterAll, describe } from 'vitest'

import { MeilisearchEngine } from '@search/meilisearch/MeilisearchEngine'
import { env } from '@/env'
import { searchEngineContract } from './contract'

/** Runs against the server named by MEILI_URL (and MEILI_MASTER_KEY); skipped without one. */
const server = env.meilisearch

describe.runIf(server)('Meilisearch adapter', () => {
  /** Each engine gets its own index prefix, so runs and engines never see each other's indexes. */
  const prefixes: string[] = []

  afterAll(async () => {
    if (!server || prefixes.length === 0) return
    const client = new Meilisearch({ host: server.url, apiKey: server.apiKey })
    const { results } = await client.getIndexes({ limit: 1000 })
    // Rebuilds create `<prefix><index>_rebuild_<time>` indexes: the prefix catches those too.
    const ours = results.filter((index) => prefixes.some((p) => index.uid.startsWith(p)))
    for (const index of ours) {
      const task = await client.deleteIndex(index.uid).waitTask()
      if (task.status !== 'succeeded') {
        throw new Error(`could not delete test index ${index.uid}: ${task.error?.message}`)
      }
    }
  })

  searchEngineContract('meilisearch', async () => {
    const prefix = `kbtest_${randomUUID().replace(/-/g, '').slice(0, 12)}_`
    prefixes.push(prefix)
    return new MeilisearchEngine({ url: server!.url, apiKey: server!.apiKey, indexPrefix: prefix })
  })
})
