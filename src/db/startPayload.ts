import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { env } from '@/env'
import { checkDatabaseReachable } from './checkDatabaseReachable'

/**
 * Boots Payload for a CLI or the server. An unreachable database ends the process with one line
 * naming the variable, instead of a stack trace.
 */
export async function startPayload(): Promise<Payload> {
  try {
    await checkDatabaseReachable(env.database)
  } catch (error) {
    console.error(`启动失败 / cannot start — ${(error as Error).message}`)
    process.exit(1)
  }
  return getPayload({ config })
}
