import type { Endpoint } from 'payload'

import { isHqAdmin } from '@access/roles'
import { checkServices } from './checkServices'
import { searchSyncBacklog } from './searchSyncBacklog'

/**
 * `GET /api/kb/health`: 200 when this process can serve (the database reads and writes, the search
 * engine answers, and the indexes hold the database's live items), 503 when it cannot, for a load
 * balancer or orchestrator to route around it. Anyone may ask and gets only which service failed;
 * headquarters' admins also get the search sync backlog, which spans every province (as the job
 * list does).
 */
export const healthEndpoint: Endpoint = {
  path: '/kb/health',
  method: 'get',
  handler: async (req) => {
    const checks = await checkServices(req.payload)
    const ok = Object.values(checks).every((service) => service.ok)
    const searchSync =
      checks.database.ok && isHqAdmin(req.user) ? await searchSyncBacklog(req.payload) : undefined
    return Response.json(
      { status: ok ? 'ok' : 'unavailable', checks, ...(searchSync ? { searchSync } : {}) },
      { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
    )
  },
}
