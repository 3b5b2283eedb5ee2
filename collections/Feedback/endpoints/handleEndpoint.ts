import type { Endpoint } from 'payload'

import { performReportAction } from '../handling/performReportAction'

/** `POST /api/feedback/:id/handle` `{ action, text?, into? }` → the report's new status and holder. */
export const handleEndpoint: Endpoint = {
  path: '/:id/handle',
  method: 'post',
  handler: async (req) => {
    const input = await req.json?.().catch(() => undefined)
    return Response.json(await performReportAction(req, String(req.routeParams?.id), input))
  },
}
