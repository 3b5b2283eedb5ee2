import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@seed/index'
import { demoUsersOverHttp } from '@test/helpers/httpClient'
import { startApiServer } from '@test/helpers/httpServer'
import { bootPayload } from '@test/helpers/payload'

let payload: Payload
let api: Awaited<ReturnType<typeof startApiServer>>
const as = demoUsersOverHttp(() => api.url)

beforeAll(async () => {
  payload = await bootPayload()
  await seed(payload, { orgOnly: true })
  api = await startApiServer()
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

/** A small but well-formed PDF: header, one object, a cross-reference table, the end marker. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nxref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer << /Size 2 /Root 1 0 R >>\nstartxref\n50\n%%EOF\n',
  'latin1',
)

function fileForm(bytes: Buffer, filename: string, type: string) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), filename)
  form.append('_payload', JSON.stringify({ description: '客户感知测试报告' }))
  return form
}

describe('服务前置 attachments', () => {
  it('take documents by their bytes: a PDF goes in, text named .pdf or .docx is a 400', async () => {
    const editor = await as('editor', '440000')
    const ok = await editor.upload(
      '/api/activity-files',
      fileForm(PDF, '测试报告.pdf', 'application/pdf'),
    )
    expect(ok.status).toBe(201)
    const text = Buffer.from('这不是文档')
    for (const [name, type] of [
      ['伪装.pdf', 'application/pdf'],
      ['伪装.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ]) {
      const res = await editor.upload('/api/activity-files', fileForm(text, name!, type!))
      expect(res.status, name).toBe(400)
      expect(JSON.stringify(await res.json()), name).toContain('附件须为')
    }
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')
    const image = await editor.upload(
      '/api/activity-files',
      fileForm(png, '图.pdf', 'application/pdf'),
    )
    expect(image.status).toBe(400)
  })

  it('belong to the uploader’s unit; content workers above and below read them, others not', async () => {
    const reviewer = await as('reviewer', '440000')
    const res = await reviewer.upload(
      '/api/activity-files',
      fileForm(PDF, '评估意见.pdf', 'application/pdf'),
    )
    expect(res.status).toBe(201)
    const { doc } = await res.json()
    expect(doc.ownerCode).toBe('440000')
    const expected: Array<[string, string, number]> = [
      ['editor', '440000', 200],
      ['admin', '100000', 200],
      ['editor', '440100', 200],
      ['editor', '510000', 404],
      ['agent', '440000', 403],
    ]
    for (const [role, unit, status] of expected) {
      const client = await as(role, unit)
      expect((await client.get(`/api/activity-files/${doc.id}`)).status, `${role}.${unit}`).toBe(
        status,
      )
      const file = await client.get(`/api/activity-files/file/${encodeURIComponent(doc.filename)}`)
      expect(file.status === 200, `${role}.${unit} file`).toBe(status === 200)
    }
    const anonymous = await fetch(
      `${api.url}/api/activity-files/file/${encodeURIComponent(doc.filename)}`,
    )
    expect(anonymous.status).toBe(403)
    expect(
      (
        await (
          await as('agent', '440000')
        ).upload('/api/activity-files', fileForm(PDF, 'a.pdf', 'application/pdf'))
      ).status,
    ).toBe(403)
    expect(
      (await (await as('editor', '440100')).delete(`/api/activity-files/${doc.id}`)).status,
    ).toBe(403)
  })

  it('are attached to an evaluation step of an activity', async () => {
    const editor = await as('editor', '440000')
    const file = (
      await (
        await editor.upload('/api/activity-files', fileForm(PDF, '测试方案.pdf', 'application/pdf'))
      ).json()
    ).doc
    const res = await editor.post('/api/service-activities', {
      title: '宽带资费调整',
      activityType: 'market',
      kind: 'tariff_change',
      initiatingDepartment: '市场部',
      goLiveAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      evaluations: [{ step: 'customer_test', result: 'passed', attachments: [file.id] }],
    })
    expect(res.status).toBe(201)
    const { doc } = await res.json()
    expect(doc.evaluations[0].attachments.map((a: { id: string }) => a.id)).toEqual([file.id])
  })
})
