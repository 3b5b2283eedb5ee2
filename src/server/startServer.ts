import type { Payload } from 'payload'

import { DEMO_EMAIL_DOMAIN } from '@seed/demoUsers'
import { startPayload } from '@/db/startPayload'
import { env } from '@/env'
import { runSearchSyncWorker } from './runSearchSyncWorker'

/** Demo accounts share a published password: in production they are a hole worth shouting about. */
async function warnAboutDemoUsers(payload: Payload) {
  const { totalDocs } = await payload.count({
    collection: 'users',
    where: { email: { contains: `@${DEMO_EMAIL_DOMAIN}` } },
    overrideAccess: true,
  })
  if (totalDocs > 0) {
    payload.logger.warn(
      `生产环境中存在 ${totalDocs} 个演示账号（*@${DEMO_EMAIL_DOMAIN}，密码公开在 README）：上线前请删除或改密。` +
        ` / ${totalDocs} demo accounts with a published password exist in production.`,
    )
  }
}

/**
 * Runs at server start (see src/instrumentation.ts): an unreachable database stops the server with
 * one line naming DATABASE_URL; otherwise Payload boots (applying migrations) before the first request.
 */
export async function startServer(): Promise<void> {
  // Sessions are signed with the secret; a random one would log everybody out at each restart.
  if (env.nodeEnv === 'production' && !env.payloadSecretSet) {
    console.error(
      '配置错误 / configuration error — PAYLOAD_SECRET: required in production (a long random string)',
    )
    process.exit(1)
  }
  const payload = await startPayload()
  if (env.nodeEnv === 'production') await warnAboutDemoUsers(payload)
  if (env.jobsAutorun) runSearchSyncWorker(payload)
}
