import http from 'node:http'
import type { AddressInfo } from 'node:net'

import config from '@payload-config'
import {
  GRAPHQL_POST,
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { DEMO_PASSWORD } from '../../seed/demoUsers'

type RouteHandler = (
  request: Request,
  context: { params: Promise<{ slug: string[] }> },
) => Promise<Response>

const REST: Record<string, RouteHandler> = {
  GET: REST_GET(config),
  POST: REST_POST(config),
  PATCH: REST_PATCH(config),
  PUT: REST_PUT(config),
  DELETE: REST_DELETE(config),
  OPTIONS: REST_OPTIONS(config),
}
const GRAPHQL = GRAPHQL_POST(config) as unknown as (request: Request) => Promise<Response>

/**
 * A real HTTP server on loopback in front of Payload's own REST and GraphQL route handlers (the
 * ones `src/app/(payload)/api` mounts in Next), so tests speak HTTP without building Next.
 */
export async function startApiServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer(async (req, res) => {
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
        const slug = url.pathname.slice('/api/'.length).split('/').filter(Boolean)
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

/** A logged-in HTTP client: logs in over REST and sends the JWT on every request. */
export async function loginOverHttp(baseUrl: string, email: string, password: string) {
  const res = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (res.status !== 200)
    throw new Error(`login ${email} failed: ${res.status} ${await res.text()}`)
  const { token } = (await res.json()) as { token: string }
  const call = (path: string, init: RequestInit = {}) =>
    fetch(`${baseUrl}${path}`, {
      ...init,
      headers: {
        authorization: `JWT ${token}`,
        ...(init.body && typeof init.body === 'string'
          ? { 'content-type': 'application/json' }
          : {}),
        ...init.headers,
      },
    })
  return {
    token,
    get: (path: string) => call(path),
    post: (path: string, body: unknown) =>
      call(path, { method: 'POST', body: JSON.stringify(body) }),
    patch: (path: string, body: unknown) =>
      call(path, { method: 'PATCH', body: JSON.stringify(body) }),
    delete: (path: string) => call(path, { method: 'DELETE' }),
    upload: (path: string, form: FormData) => call(path, { method: 'POST', body: form }),
    graphql: (query: string, variables: Record<string, unknown> = {}) =>
      call('/api/graphql', { method: 'POST', body: JSON.stringify({ query, variables }) }),
  }
}

export type HttpClient = Awaited<ReturnType<typeof loginOverHttp>>

/**
 * `as(role, unit)`: the demo user `role.unit@demo.kb`, signed in over HTTP once and then reused.
 * The server's address is read when first needed (it starts in `beforeAll`).
 */
export function demoUsersOverHttp(baseUrl: () => string) {
  const clients = new Map<string, Promise<HttpClient>>()
  return (role: string, unit: string): Promise<HttpClient> => {
    const email = `${role}.${unit}@demo.kb`
    if (!clients.has(email)) clients.set(email, loginOverHttp(baseUrl(), email, DEMO_PASSWORD))
    return clients.get(email)!
  }
}
