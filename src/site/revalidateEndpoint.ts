import { timingSafeEqual } from 'node:crypto'

import { revalidatePath } from 'next/cache'
import type { Endpoint } from 'payload'

import { REVALIDATE_HEADER, revalidateToken } from './revalidateHall'

/** `POST /api/kb/revalidate`: drops every cached page of the online hall (see requestHallRevalidation). */
export const revalidateEndpoint: Endpoint = {
  path: '/kb/revalidate',
  method: 'post',
  handler: async (req) => {
    const given = Buffer.from(req.headers.get(REVALIDATE_HEADER) ?? '')
    const expected = Buffer.from(revalidateToken())
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return Response.json({ errors: [{ message: 'forbidden' }] }, { status: 403 })
    }
    revalidatePath('/', 'layout')
    return Response.json({ revalidated: true })
  },
}
