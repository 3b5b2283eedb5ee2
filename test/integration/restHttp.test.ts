import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '@seed/demoUsers'
import { loginOverHttp } from '@test/helpers/httpClient'
import { animatedGif } from '@test/helpers/images'
import { startApiServer } from '@test/helpers/httpServer'
import { bootSeededPayload, findOrgUnit, findUserByEmail } from '@test/helpers/payload'

let payload: Payload
let api: Awaited<ReturnType<typeof startApiServer>>
const login = (email: string) => loginOverHttp(api.url, email, DEMO_PASSWORD)

beforeAll(async () => {
  payload = await bootSeededPayload()
  api = await startApiServer()
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

describe('REST over HTTP across province lines', () => {
  it('a 广州 editor cannot read a 四川 user, by id or by listing', async () => {
    const editor = await login('editor.440100@demo.kb')
    const sichuanUser = await findUserByEmail(payload, 'agent.510000@demo.kb')
    const byId = await editor.get(`/api/users/${sichuanUser.id}`)
    expect([403, 404]).toContain(byId.status)
    expect(await byId.text()).not.toContain('agent.510000@demo.kb')

    const list = await editor.get('/api/users?limit=100&where[orgProvince][equals]=510000')
    expect(list.status).toBe(200)
    expect((await list.json()).totalDocs).toBe(0)

    const own = await (await editor.get('/api/users?limit=100')).json()
    expect(new Set(own.docs.map((u: { orgCode: string }) => u.orgCode))).toEqual(
      new Set(['440100']),
    )
  })

  it('a 广州 editor cannot create a user in 四川 (or anywhere)', async () => {
    const editor = await login('editor.440100@demo.kb')
    const sichuan = await findOrgUnit(payload, '510000')
    const res = await editor.post('/api/users', {
      email: 'intruder@test.kb',
      password: 'x-pass-123456',
      name: '越权',
      roles: ['admin'],
      orgUnit: sichuan.id,
    })
    expect(res.status).toBe(403)
    expect(
      await payload.count({
        collection: 'users',
        where: { email: { equals: 'intruder@test.kb' } },
      }),
    ).toEqual({ totalDocs: 0 })
  })

  it('a 广东 admin creates a user in 广州 but not in 四川, with a message', async () => {
    const admin = await login('admin.440000@demo.kb')
    const guangzhou = await findOrgUnit(payload, '440100')
    const sichuan = await findOrgUnit(payload, '510000')
    const ok = await admin.post('/api/users', {
      email: 'new.agent@test.kb',
      password: 'x-pass-123456',
      name: '新客服',
      roles: ['agent'],
      orgUnit: guangzhou.id,
    })
    expect(ok.status).toBe(201)
    expect((await ok.json()).doc).toMatchObject({ orgCity: '440100', roles: ['agent'] })

    const refused = await admin.post('/api/users', {
      email: 'new.sc@test.kb',
      password: 'x-pass-123456',
      name: '越省',
      roles: ['agent'],
      orgUnit: sichuan.id,
    })
    expect(refused.status).toBe(403)
    expect((await refused.json()).errors[0].message).toBe('只能在本单位及下级单位中创建或调整用户')
  })

  it('a user cannot change their own roles over REST', async () => {
    const reviewer = await login('reviewer.440300@demo.kb')
    const me = await (await reviewer.get('/api/users/me')).json()
    const res = await reviewer.patch(`/api/users/${me.user.id}`, { roles: ['admin'] })
    expect(res.status).toBe(403)
    expect((await res.json()).errors[0].message).toBe('不能修改自己的角色或所属单位')
    expect((await findUserByEmail(payload, 'reviewer.440300@demo.kb')).roles).toEqual(['reviewer'])
  })

  it('anonymous requests read no users', async () => {
    const res = await fetch(`${api.url}/api/users?limit=5`)
    expect(res.status).toBe(403)
  })

  it('org units are public but only admins change them, within their subtree', async () => {
    const list = await (await fetch(`${api.url}/api/org-units?limit=100`)).json()
    expect(list.totalDocs).toBe(9)
    const sichuan = await findOrgUnit(payload, '510000')
    const gdAdmin = await login('admin.440000@demo.kb')
    expect((await gdAdmin.patch(`/api/org-units/${sichuan.id}`, { name: '被改名' })).status).toBe(
      403,
    )
    const hq = await findOrgUnit(payload, '100000')
    expect(
      (await gdAdmin.post('/api/org-units', { name: '海南', code: '460000', parent: hq.id }))
        .status,
    ).toBe(403)
    const gd = await findOrgUnit(payload, '440000')
    const zhuhai = await gdAdmin.post('/api/org-units', {
      name: '珠海市分公司',
      code: '440400',
      parent: gd.id,
    })
    expect(zhuhai.status).toBe(201)
    const editor = await login('editor.440000@demo.kb')
    expect(
      (await editor.post('/api/org-units', { name: '汕头', code: '440500', parent: gd.id })).status,
    ).toBe(403)
  })

  it('a bad org unit gets a 400 naming the field', async () => {
    const admin = await login('admin.100000@demo.kb')
    const hq = await findOrgUnit(payload, '100000')
    const res = await admin.post('/api/org-units', { name: '坏编码', code: '46000', parent: hq.id })
    expect(res.status).toBe(400)
    const body = await res.json()
    expect(body.errors[0].data.errors[0]).toMatchObject({ path: 'code' })
    expect(body.errors[0].data.errors[0].message).toContain('6 位数字')
  })
})

describe('GraphQL obeys the same access', () => {
  it('a 广州 editor sees only 广州 users and cannot create one in 四川', async () => {
    const editor = await login('editor.440100@demo.kb')
    const read = await (
      await editor.graphql('{ Users(limit: 100) { docs { email orgCode } } }')
    ).json()
    const codes = new Set(read.data.Users.docs.map((u: { orgCode: string }) => u.orgCode))
    expect(codes).toEqual(new Set(['440100']))

    const sichuan = await findOrgUnit(payload, '510000')
    const created = await (
      await editor.graphql(
        `mutation($unit: String!) { createUser(data: { email: "gql@test.kb", password: "x-pass-123456", name: "g", roles: [agent], orgUnit: $unit }) { id } }`,
        { unit: sichuan.id },
      )
    ).json()
    expect(created.errors?.[0]?.message).toBeTruthy()
    expect(
      await payload.count({ collection: 'users', where: { email: { equals: 'gql@test.kb' } } }),
    ).toEqual({ totalDocs: 0 })
  })
})

describe('media uploads', () => {
  const upload = async (bytes: Buffer, filename: string, type: string) => {
    const editor = await login('editor.440000@demo.kb')
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(bytes)], { type }), filename)
    form.append('_payload', JSON.stringify({ alt: '测试图片' }))
    return editor.upload('/api/media', form)
  }

  it('makes thumbnail and article sizes with sharp', async () => {
    const png = await sharp({
      create: { width: 1200, height: 800, channels: 3, background: '#3366cc' },
    })
      .png()
      .toBuffer()
    const res = await upload(png, 'flow.png', 'image/png')
    expect(res.status).toBe(201)
    const { doc } = await res.json()
    expect(doc.sizes.thumbnail).toMatchObject({ width: 320, height: 320, mimeType: 'image/webp' })
    expect(doc.sizes.article).toMatchObject({ width: 960, height: 640 })
    // Never enlarged past the original.
    expect(doc.sizes.articleWide.width).toBeLessThanOrEqual(1200)
  })

  it('refuses a file that is not an image, whatever its name says', async () => {
    const res = await upload(Buffer.from('%PDF-1.4 not an image'), 'fake.png', 'image/png')
    expect(res.status).toBe(400)
    expect((await res.json()).errors[0].message).toContain('只能上传 JPEG、PNG、WebP 或 GIF')
  })

  it('refuses an animation whose frames together pass the pixel limit, before resizing it', async () => {
    // 11 frames of 2000×2000: 44 megapixels, though each frame alone is 4.
    const res = await upload(animatedGif(2000, 2000, 11), 'anim.gif', 'image/gif')
    expect(res.status).toBe(400)
    expect((await res.json()).errors[0].message).toBe(
      '动图 2000×2000 共 11 帧，合计 44 百万像素，超过 40 百万像素',
    )
    expect(
      await payload.count({ collection: 'media', where: { filename: { equals: 'anim.gif' } } }),
    ).toEqual({ totalDocs: 0 })
    // An ordinary animation is still welcome.
    expect((await upload(animatedGif(400, 300, 5), 'small.gif', 'image/gif')).status).toBe(201)
  })

  it('refuses a file over the size limit', async () => {
    const big = Buffer.alloc(11 * 1024 * 1024, 1)
    const res = await upload(big, 'big.png', 'image/png')
    expect(res.status).toBe(413)
    expect((await res.json()).errors[0].message).toContain('文件超过上限')
    expect(
      await payload.count({ collection: 'media', where: { filename: { equals: 'big.png' } } }),
    ).toEqual({ totalDocs: 0 })
  })

  it('anonymous users cannot upload', async () => {
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'x.png')
    form.append('_payload', JSON.stringify({ alt: 'x' }))
    const res = await fetch(`${api.url}/api/media`, { method: 'POST', body: form })
    expect(res.status).toBe(403)
  })
})
