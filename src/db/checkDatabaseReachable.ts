import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { DatabaseTarget } from '@/env'
import { CONNECT_TIMEOUT_MS } from './connectTimeout'

const redact = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')

const reason = (error: unknown) => {
  const err = error as { code?: string; message?: string }
  const message = err.message ?? String(error)
  return err.code && !message.startsWith(err.code) ? `${err.code}: ${message}` : message
}

/**
 * Fails fast, with a message naming `DATABASE_URL`, when the configured database cannot be
 * reached — before Payload prints its own stack traces. A PostgreSQL database that does not exist
 * yet is fine: the adapter creates it.
 */
export async function checkDatabaseReachable(target: DatabaseTarget): Promise<void> {
  switch (target.kind) {
    case 'sqlite': {
      const file = fileURLToPath(new URL(target.url.replace(/^file:/, 'file://')))
      try {
        fs.mkdirSync(path.dirname(file), { recursive: true })
        fs.accessSync(path.dirname(file), fs.constants.W_OK)
      } catch (error) {
        throw new Error(`DATABASE_URL: cannot create the SQLite file ${file} (${reason(error)})`)
      }
      return
    }
    case 'postgres': {
      const { default: pg } = await import('pg')
      const client = new pg.Client({
        connectionString: target.url,
        connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      })
      try {
        await client.connect()
      } catch (error) {
        if ((error as { code?: string }).code === '3D000') return // database missing: created on init
        throw new Error(
          `DATABASE_URL: cannot connect to PostgreSQL at ${redact(target.url)} (${reason(error)})`,
        )
      } finally {
        await client.end().catch(() => undefined)
      }
      return
    }
    case 'mongodb': {
      const { default: mongoose } = await import('mongoose')
      const connection = mongoose.createConnection(target.url, {
        serverSelectionTimeoutMS: CONNECT_TIMEOUT_MS,
      })
      try {
        await connection.asPromise()
      } catch (error) {
        throw new Error(
          `DATABASE_URL: cannot connect to MongoDB at ${redact(target.url)} (${reason(error)})`,
        )
      } finally {
        await connection.close().catch(() => undefined)
      }
    }
  }
}
