import { timingSafeEqual } from 'node:crypto'

import { revalidatePath } from 'next/cache'
import type { Endpoint } from 'payload'

import { REVALIDATE_HEADER, revalidateToken } from './revalidateHall'
import { errorResponse } from '@/lib/errorResponse'

/** `POST /api/kb/revalidate`: drops every cached page of the online hall (see requestHallRevalidation). */
export const revalidateEndpoint: Endpoint = {
  path: '/kb/revalidate',
  method: 'post',
  handler: async (req) => {
    const given = Buffer.from(req.headers.get(REVALIDATE_HEADER) ?? '')
    const expected = Buffer.from(revalidateToken())
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return errorResponse(403, 'forbidden')
    }
    revalidatePath('/', 'layout')
    return Response.json({ revalidated: true })
  },
}
