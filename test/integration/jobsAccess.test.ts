import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ROLES } from '@access/roles'
import { MAINTENANCE_QUEUE } from '@/lib/jobQueues'
import { demoUsersOverHttp } from '@test/helpers/httpClient'
import { startApiServer } from '@test/helpers/httpServer'
import { bootSeededPayload, findUserByEmail } from '@test/helpers/payload'

let payload: Payload
let api: Awaited<ReturnType<typeof startApiServer>>
const as = demoUsersOverHttp(() => api.url)

beforeAll(async () => {
  payload = await bootSeededPayload()
  api = await startApiServer()
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

const UNITS = ['100000', '440000'] as const
const isHqAdmin = (role: string, unit: string) => role === 'admin' && unit === '100000'

describe('the job queue over HTTP: headquarters admins only', () => {
  for (const unit of UNITS) {
    for (const role of ROLES) {
      const allowed = isHqAdmin(role, unit)
      it(`${role}.${unit} ${allowed ? 'runs' : 'cannot run'} jobs or read them`, async () => {
        const client = await as(role, unit)
        const run = await client.get(`/api/payload-jobs/run?queue=${MAINTENANCE_QUEUE}`)
        expect(run.status).toBe(allowed ? 200 : 401)
        // The schedule handler shares run's access (no schedules here: 500 past access).
        const schedules = await client.get('/api/payload-jobs/handle-schedules')
        expect(schedules.status === 401).toBe(!allowed)
        const list = await client.get('/api/payload-jobs')
        expect(list.status).toBe(allowed ? 200 : 403)
      })
    }
  }

  it('anonymous callers cannot run jobs', async () => {
    expect((await fetch(`${api.url}/api/payload-jobs/run`)).status).toBe(401)
  })
})

describe('queueing and cancelling with access checked', () => {
  const asUser = async (email: string) =>
    createLocalReq(
      { user: { ...(await findUserByEmail(payload, email)), collection: 'users' } },
      payload,
    )
  const queue = async (email: string) =>
    payload.jobs
      .queue({
        task: 'purgeExpiredSearchQueries',
        input: {},
        queue: MAINTENANCE_QUEUE,
        overrideAccess: false,
        req: await asUser(email),
      })
      .then(
        () => 'queued',
        (error: { status?: number }) => `refused ${error.status}`,
      )
  const cancel = async (email: string) =>
    payload.jobs
      .cancel({
        where: { queue: { equals: 'nothing-here' } },
        overrideAccess: false,
        req: await asUser(email),
      })
      .then(
        () => 'cancelled',
        (error: { status?: number }) => `refused ${error.status}`,
      )

  it('a province admin and an HQ editor may not; an HQ admin may', async () => {
    expect(await queue('admin.440000@demo.kb')).toBe('refused 403')
    expect(await queue('editor.100000@demo.kb')).toBe('refused 403')
    expect(await queue('admin.100000@demo.kb')).toBe('queued')
    expect(await cancel('admin.440000@demo.kb')).toBe('refused 403')
    expect(await cancel('admin.100000@demo.kb')).toBe('cancelled')
  })
})
