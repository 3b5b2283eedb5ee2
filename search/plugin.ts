import type { CollectionConfig, CollectionSlug, Config, TaskConfig } from 'payload'

import { searchClickEndpoint } from './api/searchClickEndpoint'
import { searchEndpoint } from './api/searchEndpoint'
import {
  forgetCachedCategoryNames,
  forgetCachedCategoryNamesOnDelete,
} from './hooks/forgetCachedCategoryNames'
import {
  queueSearchRebuildAfterChange,
  queueSearchRebuildAfterDelete,
} from './hooks/queueSearchRebuild'
import { queueSearchSyncAfterChange, queueSearchSyncAfterDelete } from './hooks/queueSearchSync'
import { SearchQueries } from './SearchQueries'
import { purgeExpiredSearchQueriesTask } from './SearchQueries/retention/purgeExpiredSearchQueriesTask'
import { rebuildSearchIndexesTask } from './sync/rebuildSearchIndexesTask'
import { syncSearchIndexTask } from './sync/syncSearchIndexTask'

export type SearchPluginOptions = {
  /** The collections whose changes reach the indexes. */
  collections: {
    /** Knowledge items: a change that may touch what is live queues an index sync. */
    knowledge: CollectionSlug
    /** Terms and synonyms: a change rebuilds both indexes. */
    glossary: CollectionSlug
    /** Categories: a change drops the category names the facets keep. */
    categories: CollectionSlug
  }
  searchLog: {
    /** The collection the log follows: the admin lists collections in the config's order. */
    after: CollectionSlug
    /** When searches past their retention are purged (src/jobs keeps every schedule). */
    purgeSchedule: NonNullable<TaskConfig['schedule']>
  }
}

type SearchHooks = Pick<NonNullable<CollectionConfig['hooks']>, 'afterChange' | 'afterDelete'>

/** The collection, with `hooks` after its own. */
const withHooks = (collection: CollectionConfig, hooks: SearchHooks): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    afterChange: [...(collection.hooks?.afterChange ?? []), ...(hooks.afterChange ?? [])],
    afterDelete: [...(collection.hooks?.afterDelete ?? []), ...(hooks.afterDelete ?? [])],
  },
})

/**
 * Search as a Payload plugin, the way @payloadcms/plugin-search adds itself to a config: the
 * search API's endpoints, the search log collection, the outbox's tasks, and hooks on the
 * collections it is given that keep the indexes (and the facets' category names) in step.
 */
export const searchPlugin =
  (options: SearchPluginOptions) =>
  (incomingConfig: Config): Config => {
    const { knowledge, glossary, categories } = options.collections
    const hooksBySlug: Record<string, SearchHooks> = {
      [knowledge]: {
        afterChange: [queueSearchSyncAfterChange],
        afterDelete: [queueSearchSyncAfterDelete],
      },
      [glossary]: {
        afterChange: [queueSearchRebuildAfterChange],
        afterDelete: [queueSearchRebuildAfterDelete],
      },
      [categories]: {
        afterChange: [forgetCachedCategoryNames],
        afterDelete: [forgetCachedCategoryNamesOnDelete],
      },
    }
    const collections = (incomingConfig.collections ?? []).map((collection) => {
      const hooks = hooksBySlug[collection.slug]
      return hooks ? withHooks(collection, hooks) : collection
    })
    // A slug the config lacks would leave the indexes silently out of step: fail at start instead.
    for (const slug of [knowledge, glossary, categories, options.searchLog.after]) {
      if (!collections.some((collection) => collection.slug === slug))
        throw new Error(`searchPlugin: the config has no collection "${slug}"`)
    }
    const logAt = collections.findIndex(({ slug }) => slug === options.searchLog.after) + 1
    collections.splice(logAt, 0, SearchQueries)
    return {
      ...incomingConfig,
      collections,
      endpoints: [...(incomingConfig.endpoints ?? []), searchEndpoint, searchClickEndpoint],
      jobs: {
        ...incomingConfig.jobs,
        tasks: [
          ...(incomingConfig.jobs?.tasks ?? []),
          syncSearchIndexTask,
          rebuildSearchIndexesTask,
          { ...purgeExpiredSearchQueriesTask, schedule: options.searchLog.purgeSchedule },
        ],
      },
    }
  }
