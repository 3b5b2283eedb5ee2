import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import type { DatabaseTarget } from '@/env'
import { NO_AUTOCHECKPOINT, checkpointInBackground } from './checkpointInBackground'
import { CONNECT_TIMEOUT_MS } from './connectTimeout'
import { serializeSqliteTransactions } from './serializeSqliteTransactions'

const SQLITE_BUSY_TIMEOUT_MS = 5_000
/**
 * How long a query waits for a free PostgreSQL pool connection. Reachability at start has its own
 * short timeout (checkDatabaseReachable); here a burst (a run of 100 search sync jobs) must queue,
 * not fail the requests behind it after a few seconds.
 */
const POSTGRES_POOL_WAIT_MS = 60_000
/**
 * How long a write transaction waits for another process's writer before it fails. An import holds
 * the write lock for its whole file (one transaction: ≈ 20–40 ms a row here, 2,000 rows ≈ 40–80 s).
 */
const SQLITE_CROSS_PROCESS_WAIT_MS = 120_000
// WAL with NORMAL syncs at checkpoints, not at every commit (FULL costs an fsync, ~5 ms here, per
// write). A killed process loses nothing; a power cut may lose the last commits.
const SQLITE_SYNCHRONOUS = 'NORMAL'
/** What each of the adapter's SQLite connections runs first. */
const SQLITE_PRAGMAS = [
  `PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`,
  `PRAGMA synchronous = ${SQLITE_SYNCHRONOUS}`,
  NO_AUTOCHECKPOINT,
]

const dirname = path.dirname(fileURLToPath(import.meta.url))
const migrationDir = (kind: 'sqlite' | 'postgres') => path.resolve(dirname, '../migrations', kind)

/**
 * The Payload database adapter for `DATABASE_URL`. SQL adapters never push their schema: the
 * schema comes from the migrations shipped per adapter, applied on start (see `applyMigrations`),
 * so development, tests and production run the same schema. IDs are strings everywhere.
 */
export function databaseAdapter(target: DatabaseTarget): DatabaseAdapterObj {
  switch (target.kind) {
    case 'sqlite':
      return checkpointInBackground(
        serializeSqliteTransactions(
          sqliteAdapter({
            client: { url: target.url },
            idType: 'uuid',
            push: false,
            migrationDir: migrationDir('sqlite'),
            // Payload leaves SQLite transactions off unless this is set; hooks rely on a write and
            // its queued jobs committing together.
            transactionOptions: {},
            busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
            wal: { synchronous: SQLITE_SYNCHRONOUS },
          }),
          {
            busyTimeoutMs: SQLITE_BUSY_TIMEOUT_MS,
            crossProcessWaitMs: SQLITE_CROSS_PROCESS_WAIT_MS,
            pragmas: SQLITE_PRAGMAS,
          },
        ),
        { url: target.url },
      )
    case 'postgres':
      return postgresAdapter({
        pool: {
          connectionString: target.url,
          connectionTimeoutMillis: POSTGRES_POOL_WAIT_MS,
        },
        idType: 'uuid',
        push: false,
        migrationDir: migrationDir('postgres'),
      })
    case 'mongodb':
      // Transactions need a replica set; Payload turns them off on a standalone server.
      return mongooseAdapter({
        url: target.url,
        connectOptions: { serverSelectionTimeoutMS: CONNECT_TIMEOUT_MS },
      })
  }
}
