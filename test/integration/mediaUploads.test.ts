import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { demoUsersOverHttp } from '@test/helpers/httpClient'
import { startApiServer } from '@test/helpers/httpServer'
import { imageForm } from '@test/helpers/images'
import { createKnowledgeAt } from '@test/helpers/knowledge'
import { bootSeededPayload } from '@test/helpers/payload'

let payload: Payload
let api: Awaited<ReturnType<typeof startApiServer>>
const as = demoUsersOverHttp(() => api.url)

beforeAll(async () => {
  payload = await bootSeededPayload()
  api = await startApiServer()
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

describe('image processing holds no write lock', () => {
  it('a draft saved while images are resized is not kept waiting; a failing upload leaves writes working', async () => {
    const editor = await as('editor', '440000')
    const item = await createKnowledgeAt(payload, '440000')
    // 36 megapixels each: about a second of resizing apiece.
    const big = await sharp({
      create: { width: 6000, height: 6000, channels: 3, background: '#3366cc' },
    })
      .png()
      .toBuffer()
    // A PNG cut short: its header passes the checks, decoding it fails.
    const noisy = await sharp({
      create: {
        width: 1200,
        height: 800,
        channels: 3,
        background: '#000',
        noise: { type: 'gaussian', mean: 128, sigma: 40 },
      },
    })
      .png()
      .toBuffer()
    const truncated = noisy.subarray(0, noisy.length / 2)

    const finished: string[] = []
    const timed = async (name: string, request: Promise<Response>) => {
      const res = await request
      finished.push(name)
      return res.status
    }
    const started = Date.now()
    const uploads = [1, 2, 3].map((i) =>
      timed(`upload ${i}`, editor.upload('/api/media', imageForm(big, `big${i}.png`))),
    )
    const failing = timed(
      'failing upload',
      editor.upload('/api/media', imageForm(truncated, 'cut.png')),
    )
    // Once the uploads are being processed.
    await new Promise((resolve) => setTimeout(resolve, 300))
    const save = timed(
      'save',
      editor.patch(`/api/knowledge/${item.id}?draft=true`, { summary: '上传图片时保存的草稿' }),
    )

    expect(await save).toBe(200)
    expect(await Promise.all(uploads)).toEqual([201, 201, 201])
    expect(await failing).toBe(400)
    // The save waited for no upload's resizing.
    const beforeSave = finished.slice(0, finished.indexOf('save'))
    expect(beforeSave.filter((name) => name.startsWith('upload'))).toEqual([])
    expect(Date.now() - started).toBeLessThan(30_000)

    // Later writes, a login among them, still work.
    await expect(as('agent', '510000')).resolves.toBeTruthy()
    expect(
      (await editor.patch(`/api/knowledge/${item.id}?draft=true`, { summary: '再次保存' })).status,
    ).toBe(200)
  })
})
