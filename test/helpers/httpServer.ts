import http from 'node:http'
import type { AddressInfo } from 'node:net'

import * as graphqlRoute from '@/app/(payload)/api/graphql/route'
import * as restRoute from '@/app/(payload)/api/[...slug]/route'

import { stampPeerAddress } from '@/lib/clientAddress'

type RouteHandler = (
  request: Request,
  context: { params: Promise<{ slug: string[] }> },
) => Promise<Response>

const REST: Record<string, RouteHandler> = {
  GET: restRoute.GET,
  POST: restRoute.POST,
  PATCH: restRoute.PATCH,
  PUT: restRoute.PUT,
  DELETE: restRoute.DELETE,
  OPTIONS: restRoute.OPTIONS,
}
const GRAPHQL = graphqlRoute.POST as unknown as (request: Request) => Promise<Response>

/**
 * A real HTTP server on loopback in front of the app's REST and GraphQL route handlers (Payload's
 * own, as `src/app/(payload)/api` mounts them in Next), so tests speak HTTP without building Next.
 */
export async function startApiServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer(async (req, res) => {
    // As the app's server does (src/server/recordPeerAddresses.ts).
    stampPeerAddress(req)
    try {
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`)
      const chunks: Buffer[] = []
      for await (const chunk of req) chunks.push(chunk as Buffer)
      const body = chunks.length ? Buffer.concat(chunks) : undefined
      const headers = new Headers()
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === 'string') headers.set(name, value)
        else if (Array.isArray(value)) for (const v of value) headers.append(name, v)
      }
      const request = new Request(url, { method: req.method, headers, body })
      let response: Response
      if (url.pathname === '/api/graphql' && req.method === 'POST') {
        response = await GRAPHQL(request)
      } else if (url.pathname.startsWith('/api/') && REST[req.method ?? '']) {
        // Next hands a catch-all route its segments decoded (a Chinese file name, say).
        const slug = url.pathname
          .slice('/api/'.length)
          .split('/')
          .filter(Boolean)
          .map((segment) => {
            try {
              return decodeURIComponent(segment)
            } catch {
              return segment
            }
          })
        response = await REST[req.method!]!(request, { params: Promise.resolve({ slug }) })
      } else {
        response = new Response('not found', { status: 404 })
      }
      res.statusCode = response.status
      response.headers.forEach((value, name) => {
        if (name !== 'set-cookie') res.setHeader(name, value)
      })
      const cookies = response.headers.getSetCookie()
      if (cookies.length) res.setHeader('set-cookie', cookies)
      res.end(Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      res.statusCode = 500
      res.end(String(error))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
