import { APIError, type CollectionBeforeOperationHook, type Config } from 'payload'

import { whereProblem } from '@/lib/whereProblem'

/**
 * A 400 naming the field for a query the database cannot run (`where[title][near]=x`), before
 * Payload hands it to the adapter, which fails on it with a 500. REST, GraphQL and the admin alike.
 */
export const refuseUnsupportedQueries: CollectionBeforeOperationHook = ({ args }) => {
  const where = (args as { where?: unknown }).where
  if (where === undefined || where === null) return args
  const problem = whereProblem(where)
  if (problem) {
    throw new APIError(`${problem.path}: ${problem.message}`, 400, { errors: [problem] }, true)
  }
  return args
}

/**
 * Every collection, with refuseUnsupportedQueries ahead of its own beforeOperation hooks. A plugin,
 * listed after those that add collections (the search log), so that theirs are covered too.
 */
export const refuseUnsupportedQueriesPlugin = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [refuseUnsupportedQueries, ...(collection.hooks?.beforeOperation ?? [])],
    },
  })),
})
