import type { Endpoint } from 'payload'

import { performWorkflowRequest } from '../workflow/performWorkflowRequest'

/** `POST /api/knowledge/:id/workflow` `{ action, comment? }` → the item's new state and next actions. */
export const workflowEndpoint: Endpoint = {
  path: '/:id/workflow',
  method: 'post',
  handler: async (req) => {
    const input = await req.json?.().catch(() => undefined)
    return Response.json(await performWorkflowRequest(req, String(req.routeParams?.id), input))
  },
}
