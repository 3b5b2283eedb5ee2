import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Knowledge, Media } from '@/payload-types'
import { demoUsersOverHttp } from '@test/helpers/httpClient'
import { startApiServer } from '@test/helpers/httpServer'
import { imageForm } from '@test/helpers/images'
import { createKnowledgeAt } from '@test/helpers/knowledge'
import { bootSeededPayload, findOrgUnit } from '@test/helpers/payload'

let payload: Payload
let api: Awaited<ReturnType<typeof startApiServer>>
const as = demoUsersOverHttp(() => api.url)
let png: Buffer
let serial = 0

beforeAll(async () => {
  payload = await bootSeededPayload()
  api = await startApiServer()
  png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#3366cc' } })
    .png()
    .toBuffer()
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

/** An image uploaded over HTTP by `role.unit`. */
async function uploadAs(role: string, unit: string, data: Record<string, unknown> = {}) {
  serial += 1
  const res = await (
    await as(role, unit)
  ).upload('/api/media', imageForm(png, `img-${serial}.png`, { alt: '流程图', ...data }))
  expect(res.status, `${role}.${unit} uploads`).toBe(201)
  return (await res.json()).doc as Media
}

const stored = (id: string) => payload.findByID({ collection: 'media', id, depth: 0 })

/** What `role.unit` gets for changing the alt text, replacing the file and deleting the image. */
async function attempts(role: string, unit: string, id: string) {
  const client = await as(role, unit)
  const alt = await client.patch(`/api/media/${id}`, { alt: `${role}.${unit} 改的` })
  const replace = await client.upload(
    `/api/media/${id}`,
    imageForm(png, `replaced-${++serial}.png`, {}),
    'PATCH',
  )
  const remove = await client.delete(`/api/media/${id}`)
  return [alt.status, replace.status, remove.status]
}

describe('who may change an image', () => {
  it('agents and the public read headquarters’ image and change nothing of it', async () => {
    const image = await uploadAs('editor', '100000')
    expect(await attempts('agent', '510000', image.id)).toEqual([403, 403, 403])
    expect((await (await as('agent', '510000')).get(`/api/media/${image.id}`)).status).toBe(200)

    expect((await fetch(`${api.url}/api/media/${image.id}`)).status).toBe(200)
    const alt = await fetch(`${api.url}/api/media/${image.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ alt: '匿名' }),
    })
    const remove = await fetch(`${api.url}/api/media/${image.id}`, { method: 'DELETE' })
    expect([alt.status, remove.status]).toEqual([403, 403])

    const after = await stored(image.id)
    expect(after.alt).toBe('流程图')
    expect(after.filename).toBe(image.filename)
  })

  it('only editors and admins upload; the image belongs to their unit, whatever the form says', async () => {
    for (const [role, unit] of [
      ['agent', '440100'],
      ['reviewer', '440000'],
      ['compliance', '100000'],
    ]) {
      const res = await (
        await as(role!, unit!)
      ).upload('/api/media', imageForm(png, `no-${++serial}.png`))
      expect(res.status, `${role}.${unit}`).toBe(403)
    }
    const sichuan = await findOrgUnit(payload, '510000')
    const guangzhou = await findOrgUnit(payload, '440100')
    const image = await uploadAs('editor', '440100', { ownerUnit: sichuan.id, ownerCode: '510000' })
    const after = await stored(image.id)
    expect(after.ownerUnit).toBe(guangzhou.id)
    expect([after.ownerLevel, after.ownerCode, after.ownerProvince, after.ownerCity]).toEqual([
      'city',
      '440100',
      '440000',
      '440100',
    ])
  })

  it('editors and admins of the owner unit or above change it; elsewhere, and below, nobody', async () => {
    const guangdongImage = await uploadAs('editor', '440000')
    for (const [role, unit] of [
      ['editor', '440100'],
      ['editor', '510000'],
      ['admin', '510000'],
      ['reviewer', '440000'],
      ['agent', '440000'],
    ]) {
      const client = await as(role!, unit!)
      const res = await client.patch(`/api/media/${guangdongImage.id}`, { alt: '越权' })
      expect(res.status, `${role}.${unit}`).toBe(403)
    }
    for (const [role, unit] of [
      ['editor', '440000'],
      ['admin', '440000'],
      ['editor', '100000'],
      ['admin', '100000'],
    ]) {
      const client = await as(role!, unit!)
      const res = await client.patch(`/api/media/${guangdongImage.id}`, { alt: `${role}.${unit}` })
      expect(res.status, `${role}.${unit}`).toBe(200)
    }
    // The owner stays the uploader's unit, whoever edits it.
    expect((await stored(guangdongImage.id)).ownerCode).toBe('440000')

    const ownImage = await uploadAs('editor', '440100')
    expect(await attempts('editor', '440100', ownImage.id)).toEqual([200, 200, 200])
  })
})

/** A Lexical body that shows image `id`. */
const showing = (id: string) =>
  ({
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        { type: 'upload', version: 3, relationTo: 'media', value: id, fields: null, format: '' },
      ],
    },
  }) as unknown as Knowledge['body']

describe('an image that published items show', () => {
  it('is neither replaced nor deleted, with a message naming the items; its alt text may be corrected', async () => {
    const image = await uploadAs('editor', '440000')
    await createKnowledgeAt(payload, '440000', {
      state: 'published',
      title: '携号转网办理流程',
      body: showing(image.id),
    })
    // Published in 四川 for its agents only: the 广东 editor may not read it, so it is only counted.
    await createKnowledgeAt(payload, '510000', {
      state: 'published',
      title: '四川内部口径',
      channels: ['agent_kb'],
      body: showing(image.id),
    })
    const editor = await as('editor', '440000')

    const replace = await editor.upload(
      `/api/media/${image.id}`,
      imageForm(png, `replaced-${++serial}.png`, {}),
      'PATCH',
    )
    expect(replace.status).toBe(409)
    expect((await replace.json()).errors[0].message).toBe(
      '该图片正用于已发布的知识条目《携号转网办理流程》等 2 个，不能替换。' +
        '请先在这些条目的新版本中换用其他图片，审核发布后再替换',
    )
    const remove = await editor.delete(`/api/media/${image.id}`)
    expect(remove.status).toBe(409)
    expect((await remove.json()).errors[0].message).toContain('不能删除')

    // The file is still served, unchanged.
    const after = await stored(image.id)
    expect(after.filename).toBe(image.filename)
    expect((await fetch(`${api.url}${after.url}`)).status).toBe(200)
    expect((await editor.patch(`/api/media/${image.id}`, { alt: '携号转网流程图' })).status).toBe(
      200,
    )
  })

  it('is held from its item’s publication until a published version shows another', async () => {
    const editor = await as('editor', '100000')
    const reviewer = await as('reviewer', '100000')
    const category = (await payload.find({ collection: 'categories', limit: 1 })).docs[0]!
    const [first, second, inDraft] = [
      await uploadAs('editor', '100000'),
      await uploadAs('editor', '100000'),
      await uploadAs('editor', '100000'),
    ]
    const created = await editor.post('/api/knowledge?draft=true', {
      kind: 'script',
      title: '停机保号话术',
      summary: '…',
      category: category.id,
      channels: ['agent_kb'],
      body: showing(first.id),
    })
    const item = (await created.json()).doc as Knowledge
    // The list of images is the body's, never the form's.
    const forged = await editor.post('/api/knowledge?draft=true', {
      kind: 'script',
      title: '伪造图片清单',
      summary: '…',
      category: category.id,
      channels: ['agent_kb'],
      mediaIds: second.id,
    })
    expect((await forged.json()).doc.mediaIds).toBe('')
    const act = (client: typeof editor, action: string) =>
      client.post(`/api/knowledge/${item.id}/workflow`, { action })
    // A draft holds no image.
    await createKnowledgeAt(payload, '100000', { body: showing(inDraft.id) })
    expect((await editor.delete(`/api/media/${inDraft.id}`)).status).toBe(200)

    expect((await act(editor, 'submit')).status).toBe(200)
    expect((await act(reviewer, 'approve')).status).toBe(200)
    expect((await editor.delete(`/api/media/${first.id}`)).status).toBe(409)

    const tampered = await editor.patch(`/api/knowledge/${item.id}?draft=true`, {
      title: '停机保号话术（修订）',
      mediaIds: '',
    })
    expect(tampered.status).toBe(200)
    expect((await act(editor, 'submit')).status).toBe(200)
    expect((await act(reviewer, 'approve')).status).toBe(200)
    expect((await editor.delete(`/api/media/${first.id}`)).status).toBe(409)

    // The next version shows another image: until it is published, the live one still shows it.
    const edit = await editor.patch(`/api/knowledge/${item.id}?draft=true`, {
      body: showing(second.id),
    })
    expect(edit.status).toBe(200)
    expect((await act(editor, 'submit')).status).toBe(200)
    expect((await editor.delete(`/api/media/${first.id}`)).status).toBe(409)
    expect((await act(reviewer, 'approve')).status).toBe(200)
    expect((await editor.delete(`/api/media/${first.id}`)).status).toBe(200)
    expect((await editor.delete(`/api/media/${second.id}`)).status).toBe(409)
  })
})
