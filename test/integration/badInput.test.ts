import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@seed/index'
import { type HttpClient, demoUsersOverHttp } from '@test/helpers/httpClient'
import { startApiServer } from '@test/helpers/httpServer'
import { bootPayload } from '@test/helpers/payload'

let payload: Payload
let api: Awaited<ReturnType<typeof startApiServer>>
let categoryId: string
let draftId: string
let editor: HttpClient

const as = demoUsersOverHttp(() => api.url)

/** A request with the editor's token and exactly this body and Content-Type. */
const raw = (path: string, method: string, body?: string, type = 'application/json') =>
  fetch(`${api.url}${path}`, {
    method,
    headers: {
      authorization: `JWT ${editor.token}`,
      ...(body === undefined ? {} : { 'content-type': type }),
    },
    body,
  })

const validItem = () => ({
  kind: 'faq',
  title: '如何查询话费？',
  summary: '拨打客服热线或登录网上营业厅。',
  category: categoryId,
  channels: ['agent_kb'],
})

const lexicalWithLink = (url: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        textFormat: 0,
        children: [
          {
            type: 'link',
            version: 3,
            direction: null,
            format: '',
            indent: 0,
            fields: { linkType: 'custom', url, newTab: false },
            children: [
              {
                type: 'text',
                version: 1,
                text: '点这里',
                detail: 0,
                format: 0,
                mode: 'normal',
                style: '',
              },
            ],
          },
        ],
      },
    ],
  },
})

/** Everything a refused write could have left behind. */
const written = async () => ({
  items: (await payload.count({ collection: 'knowledge', overrideAccess: true })).totalDocs,
  versions: (await payload.countVersions({ collection: 'knowledge', overrideAccess: true }))
    .totalDocs,
  events: (await payload.count({ collection: 'review-events', overrideAccess: true })).totalDocs,
  draft: JSON.stringify(
    await payload.findByID({ collection: 'knowledge', id: draftId, draft: true, depth: 0 }),
  ),
})

type Refusal = { name: string; field: string; send: () => Promise<Response> }

/**
 * Sends every request, then reports each answer that is not a 400 naming `field` (REST: in the
 * message or a field error's path), so one run shows every wrong answer at once.
 */
async function wrongAnswers(refusals: Refusal[]): Promise<string[]> {
  const wrong: string[] = []
  for (const { name, field, send } of refusals) {
    const res = await send()
    const text = await res.text()
    const fields = fieldsNamed(text)
    if (res.status !== 400 || !fields.includes(field))
      wrong.push(`${name}: ${res.status}, fields [${fields}] ${text.slice(0, 200)}`)
  }
  return wrong
}

/** The fields an error body names: `field: message` in a message, or a field error's `path`. */
function fieldsNamed(text: string): string[] {
  let body: { errors?: { message?: string; data?: { errors?: { path?: string }[] } }[] }
  try {
    body = JSON.parse(text)
  } catch {
    return []
  }
  return (body.errors ?? []).flatMap((error) => [
    ...(error.message?.match(/^([\w.]+): /) ? [error.message.split(':')[0]!] : []),
    ...(error.data?.errors ?? []).map((e) => e.path ?? ''),
  ])
}

beforeAll(async () => {
  payload = await bootPayload()
  await seed(payload, { orgOnly: true })
  api = await startApiServer()
  categoryId = (await payload.find({ collection: 'categories', limit: 1 })).docs[0]!.id
  editor = await as('editor', '440100')
  const created = await editor.post('/api/knowledge?draft=true', validItem())
  expect(created.status, await created.clone().text()).toBe(201)
  draftId = (await created.json()).doc.id
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

describe('REST: a malformed request body is a 400 naming the body, and nothing is written', () => {
  it('JSON that is not an object, not JSON, nested too deep, or no body at all', async () => {
    const before = await written()
    const notObjects = ['[]', '"x"', '1', 'null']
    const deep = `{"title":${'['.repeat(5000)}${']'.repeat(5000)}}`
    const wrong = await wrongAnswers([
      ...notObjects.map((body) => ({
        name: `POST /api/knowledge ${body}`,
        field: 'body',
        send: () => raw('/api/knowledge', 'POST', body),
      })),
      ...notObjects.map((body) => ({
        name: `PATCH /api/knowledge/:id ${body}`,
        field: 'body',
        send: () => raw(`/api/knowledge/${draftId}?draft=true`, 'PATCH', body),
      })),
      ...notObjects.map((body) => ({
        name: `POST workflow ${body}`,
        field: 'body',
        send: () => raw(`/api/knowledge/${draftId}/workflow`, 'POST', body),
      })),
      {
        name: 'POST workflow, comment not text',
        field: 'comment',
        send: () =>
          editor.post(`/api/knowledge/${draftId}/workflow`, { action: 'submit', comment: 5 }),
      },
      {
        name: 'POST /api/kb/search/click []',
        field: 'body',
        send: () => raw('/api/kb/search/click', 'POST', '[]'),
      },
      {
        name: 'POST /api/knowledge text/plain',
        field: 'body',
        send: () => raw('/api/knowledge', 'POST', JSON.stringify(validItem()), 'text/plain'),
      },
      {
        name: 'PATCH /api/knowledge/:id form',
        field: 'body',
        send: () =>
          raw(`/api/knowledge/${draftId}`, 'PATCH', 'title=x', 'application/x-www-form-urlencoded'),
      },
      {
        name: 'POST /api/knowledge not JSON',
        field: 'body',
        send: () => raw('/api/knowledge', 'POST', '{"title":'),
      },
      {
        name: 'POST /api/knowledge 5,000 levels deep',
        field: 'title',
        send: () => raw('/api/knowledge', 'POST', deep),
      },
      // No body and no Content-Type: Payload had no document at all; now `{}`, short of channels.
      {
        name: 'POST /api/knowledge, no body',
        field: 'channels',
        send: () => raw('/api/knowledge', 'POST'),
      },
    ])
    expect(wrong).toEqual([])
    expect(await written()).toEqual(before)
  })
})

describe('REST: a field the database cannot hold is a 400 naming it, draft or not', () => {
  it('kind as a list, a category or contact that does not exist, 100,000 tags', async () => {
    const before = await written()
    const refusals: Refusal[] = []
    for (const path of ['/api/knowledge', '/api/knowledge?draft=true']) {
      const post = (data: Record<string, unknown>) => () =>
        editor.post(path, { ...validItem(), ...data })
      refusals.push(
        { name: `${path} kind ["faq"]`, field: 'kind', send: post({ kind: ['faq'] }) },
        { name: `${path} kind "zzz"`, field: 'kind', send: post({ kind: 'zzz' }) },
        { name: `${path} category "nope"`, field: 'category', send: post({ category: 'nope' }) },
        { name: `${path} contact "nope"`, field: 'contact', send: post({ contact: 'nope' }) },
        { name: `${path} related ["nope"]`, field: 'related', send: post({ related: ['nope'] }) },
        {
          name: `${path} 100,000 tags`,
          field: 'tags',
          send: post({ tags: Array.from({ length: 100_000 }, (_, i) => `标签${i}`) }),
        },
        {
          name: `${path} effectiveFrom "notadate"`,
          field: 'effectiveFrom',
          send: post({ effectiveFrom: 'notadate' }),
        },
      )
    }
    refusals.push({
      name: 'PATCH draft category "nope"',
      field: 'category',
      send: () => editor.patch(`/api/knowledge/${draftId}?draft=true`, { category: 'nope' }),
    })
    expect(await wrongAnswers(refusals)).toEqual([])
    expect(await written()).toEqual(before)
  })

  it('channels: unknown ones, or one channel as a string, are refused (they were stored)', async () => {
    const before = await written()
    const refusals: Refusal[] = []
    for (const path of ['/api/knowledge', '/api/knowledge?draft=true']) {
      const post = (data: Record<string, unknown>) => () =>
        editor.post(path, { ...validItem(), ...data })
      refusals.push(
        { name: `${path} channels ["x"]`, field: 'channels', send: post({ channels: ['x'] }) },
        {
          name: `${path} channels "agent_kb"`,
          field: 'channels',
          send: post({ channels: 'agent_kb' }),
        },
      )
    }
    expect(await wrongAnswers(refusals)).toEqual([])
    expect(await written()).toEqual(before)
  })

  it('a javascript: link in the body is refused at save; safe links are kept', async () => {
    const before = await written()
    const refusals: Refusal[] = []
    for (const path of ['/api/knowledge', '/api/knowledge?draft=true']) {
      for (const url of [
        'javascript:alert(document.cookie)',
        ' JavaScript:alert(1)',
        'java\tscript:alert(1)',
        'data:text/html,<script>alert(1)</script>',
      ])
        refusals.push({
          name: `${path} link ${JSON.stringify(url)}`,
          field: 'body',
          send: () => editor.post(path, { ...validItem(), body: lexicalWithLink(url) }),
        })
    }
    refusals.push({
      name: 'PATCH draft javascript: link',
      field: 'body',
      send: () =>
        editor.patch(`/api/knowledge/${draftId}?draft=true`, {
          body: lexicalWithLink('javascript:alert(1)'),
        }),
    })
    expect(await wrongAnswers(refusals)).toEqual([])
    expect(await written()).toEqual(before)

    for (const url of [
      'https://www.10086.cn/',
      'tel:10086',
      'mailto:kf@example.cn',
      '/hall/440000',
      '#steps',
    ]) {
      const kept = await editor.patch(`/api/knowledge/${draftId}?draft=true`, {
        body: lexicalWithLink(url),
      })
      expect(kept.status, `${url}: ${await kept.clone().text()}`).toBe(200)
    }
  })
})

describe('REST: a query the database cannot run is a 400 naming the field', () => {
  it('geometric operators, `all`, and an object where a value belongs', async () => {
    const before = await written()
    const wrong = await wrongAnswers(
      [
        ['where[title][near]=x', 'title'],
        ['where[title][within]=x', 'title'],
        ['where[title][intersects]=x', 'title'],
        ['where[channels][all]=agent_kb', 'channels'],
        ['where[or][0][title][near]=x', 'title'],
        ['where[title][equals][a]=x', 'title'],
        ['where[and]=x', 'and'],
      ].flatMap(([query, field]) => [
        {
          name: `GET /api/knowledge?${query}`,
          field: field!,
          send: () => editor.get(`/api/knowledge?${query}`),
        },
        {
          name: `GET /api/knowledge/count?${query}`,
          field: field!,
          send: () => editor.get(`/api/knowledge/count?${query}`),
        },
      ]),
    )
    expect(wrong).toEqual([])
    expect(await written()).toEqual(before)
  })
})

describe('GraphQL: a malformed request is a 400 naming the field, and nothing is written', () => {
  const graphql = (body: string | undefined, type = 'application/json') =>
    raw('/api/graphql', 'POST', body, type)

  it('not JSON, not an object, no query, a query that is not text or does not parse', async () => {
    const before = await written()
    const wrong = await wrongAnswers([
      { name: 'not JSON', field: 'body', send: () => graphql('{ KnowledgeItems { totalDocs } }') },
      {
        name: 'text/plain',
        field: 'body',
        send: () => graphql('{"query":"{ KnowledgeItems { totalDocs } }"}', 'text/plain'),
      },
      { name: '[]', field: 'body', send: () => graphql('[]') },
      { name: 'null', field: 'body', send: () => graphql('null') },
      { name: 'no body', field: 'query', send: () => graphql('') },
      { name: 'no query', field: 'query', send: () => graphql('{}') },
      { name: 'query 1', field: 'query', send: () => graphql('{"query":1}') },
      { name: 'syntax error', field: 'query', send: () => graphql('{"query":"{ ("}') },
      {
        name: 'variables "x"',
        field: 'variables',
        send: () => graphql('{"query":"{ KnowledgeItems { totalDocs } }","variables":"x"}'),
      },
      {
        name: 'mutation with a syntax error',
        field: 'query',
        send: () =>
          graphql(JSON.stringify({ query: 'mutation { createKnowledgeItem(data: { title: "x" }' })),
      },
    ])
    expect(wrong).toEqual([])
    expect(await written()).toEqual(before)
  })

  // Once a request is valid GraphQL, GraphQL-over-HTTP answers 200 and each error carries its own
  // status (Payload's `extensions.statusCode`); the field is in the message or the error's data.
  it('a bad field in a mutation, an operator the database cannot run: statusCode 400', async () => {
    const before = await written()
    const cases = [
      {
        field: 'category',
        query: `mutation { createKnowledgeItem(data: { kind: faq, title: "x", summary: "y", category: "nope", channels: agent_kb }) { id } }`,
      },
      {
        field: 'body',
        query: `mutation($body: JSON) { createKnowledgeItem(data: { kind: faq, title: "x", summary: "y", category: "${categoryId}", channels: agent_kb, body: $body }) { id } }`,
        variables: { body: lexicalWithLink('javascript:alert(1)') },
      },
      {
        field: 'title',
        query: '{ KnowledgeItems(where: { title: { all: ["x"] } }) { totalDocs } }',
      },
    ]
    const wrong: string[] = []
    for (const { field, query, variables } of cases) {
      const res = await editor.graphql(query, variables)
      const body = await res.json()
      const error = body.errors?.[0]
      const named = `${error?.message} ${JSON.stringify(error?.extensions?.data ?? '')}`
      if (res.status !== 200 || error?.extensions?.statusCode !== 400 || !named.includes(field))
        wrong.push(`${query.slice(0, 60)}: ${res.status} ${JSON.stringify(body).slice(0, 300)}`)
    }
    expect(wrong).toEqual([])
    expect(await written()).toEqual(before)
  })
})
