import type { Config } from 'payload'

import { AuditLog } from './index'
import {
  type AuditedCollection,
  recordAuditAfterChange,
  recordAuditAfterDelete,
} from './hooks/recordAudit'

/**
 * The audit as a plugin: the `audit-log` collection, and on each collection it is given the hooks
 * that record changes of the fields named (who, when, before and after), as plugin-search adds its
 * hooks to the collections it is given.
 */
export const auditPlugin =
  (audited: Record<string, AuditedCollection>) =>
  (config: Config): Config => {
    const collections = (config.collections ?? []).map((collection) => {
      const entry = audited[collection.slug]
      if (!entry) return collection
      return {
        ...collection,
        hooks: {
          ...collection.hooks,
          afterChange: [
            ...(collection.hooks?.afterChange ?? []),
            recordAuditAfterChange(collection.slug, entry),
          ],
          afterDelete: [
            ...(collection.hooks?.afterDelete ?? []),
            recordAuditAfterDelete(collection.slug, entry),
          ],
        },
      }
    })
    for (const slug of Object.keys(audited))
      if (!collections.some((collection) => collection.slug === slug))
        throw new Error(`auditPlugin: the config has no collection "${slug}"`)
    return { ...config, collections: [...collections, AuditLog] }
  }
