import type { Migration, Payload } from 'payload'

import type { DatabaseKind } from '@/env'
import { migrations as postgresMigrations } from '@/migrations/postgres/index'
import { migrations as sqliteMigrations } from '@/migrations/sqlite/index'

// The generated lists are typed per adapter; Payload's `migrate` takes them as its generic `Migration`.
const MIGRATIONS = {
  sqlite: sqliteMigrations,
  postgres: postgresMigrations,
  // MongoDB has no schema to migrate.
  mongodb: null,
} as unknown as Record<DatabaseKind, Migration[] | null>

/**
 * Brings the schema up to date on every start (dev, test and `next start` alike); migrations
 * already recorded in `payload-migrations` are skipped, so this is cheap after the first run.
 */
export async function applyMigrations(payload: Payload, kind: DatabaseKind): Promise<void> {
  const migrations = MIGRATIONS[kind]
  if (!migrations?.length || typeof payload.db.migrate !== 'function') return
  await payload.db.migrate({ migrations })
}
