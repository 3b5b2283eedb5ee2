/**
 * Signed-in HTTP clients of a running app (the test server or `npm run demo`); loads no Payload,
 * so browser tests and benchmarks can use it as well as integration tests.
 */
import { DEMO_PASSWORD } from '@seed/demoUsers'

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
    upload: (path: string, form: FormData, method: 'POST' | 'PATCH' = 'POST') =>
      call(path, { method, body: form }),
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
