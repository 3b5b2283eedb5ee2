/**
 * The knowledge editor inside a real Payload: a throwaway config (own SQLite file, schema pushed)
 * with `media` and a `docs` collection whose `body` uses `knowledgeEditor`.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { buildConfig, getPayload, type Payload, ValidationError } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { SeedBlock } from '@seed/content/types'
import { knowledgeEditor } from '@/richtext/editor'
import { seedBlocksToLexical } from '@/richtext/seedToLexical'
import { lexicalToHtml } from '@/richtext/toHtml'
import { lexicalToPlainText } from '@/richtext/toPlainText'
import type { RichTextState } from '@/richtext/types'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-richtext-'))

const config = buildConfig({
  secret: 'richtext-test-secret',
  editor: knowledgeEditor,
  db: sqliteAdapter({ client: { url: `file:${path.join(dir, 'richtext.db')}` }, push: true }),
  sharp,
  collections: [
    {
      slug: 'media',
      fields: [{ name: 'alt', type: 'text', required: true }],
      upload: {
        staticDir: path.join(dir, 'media'),
        imageSizes: [
          { name: 'thumbnail', width: 320, height: 320, fit: 'cover' },
          { name: 'article', width: 960, withoutEnlargement: true },
          { name: 'articleWide', width: 1600, withoutEnlargement: true },
        ],
      },
    },
    { slug: 'docs', fields: [{ name: 'body', type: 'richText', editor: knowledgeEditor }] },
  ],
})

type Doc = { id: number | string; body: RichTextState & { root: { children: object[] } } }
/** `docs` exists only in this config, not in the generated types. */
type DocsApi = {
  create(args: { collection: 'docs'; data: { body: object } }): Promise<Doc>
  findByID(args: { collection: 'docs'; id: Doc['id']; depth: number }): Promise<Doc>
}

const body: SeedBlock[] = [
  { type: 'heading', text: '携号转网怎么办？' },
  { type: 'paragraph', text: '请拨打 {{hotline}} 咨询。' },
  { type: 'steps', title: '办理步骤', steps: ['发送短信 CXXZ 查询资格', '到营业厅办理'] },
  {
    type: 'priceTable',
    caption: '资费',
    rows: [{ item: '月租', price: '59 元', note: '含 20GB' }],
  },
  { type: 'callout', tone: 'tip', text: '在 {{appName}} 也能查询。' },
  { type: 'agentOnly', text: '内部：携转用户不得挽留超过两次' },
]

let payload: Payload
let docs: DocsApi
beforeAll(async () => {
  payload = await getPayload({ config, key: 'richtext-test' })
  docs = payload as unknown as DocsApi
})
afterAll(async () => {
  await payload?.destroy()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('knowledgeEditor in Payload', () => {
  it('stores a seed body and gives it back with its blocks unchanged', async () => {
    const state = seedBlocksToLexical(body)
    const created = await docs.create({ collection: 'docs', data: { body: state } })
    const stored = await docs.findByID({ collection: 'docs', id: created.id, depth: 0 })
    expect(stored.body.root.children).toEqual(state.root.children)
    expect(lexicalToPlainText(stored.body, { audience: 'public', regionValues: {} })).toBe(
      [
        '携号转网怎么办？',
        '请拨打 【客服热线】 咨询。',
        '办理步骤',
        '1. 发送短信 CXXZ 查询资格',
        '2. 到营业厅办理',
        '资费',
        '月租 59 元 含 20GB',
        '在 【营业厅 App】 也能查询。',
      ].join('\n'),
    )
    expect(
      lexicalToPlainText(stored.body, { audience: 'agent', regionValues: { hotline: '10000' } }),
    ).toContain('请拨打 10000 咨询。\n办理步骤')
  })

  it('validates the fields of blocks and region variables', async () => {
    const badVariable = seedBlocksToLexical([{ type: 'paragraph', text: '拨打 {{hotline}}' }])
    const json = JSON.stringify(badVariable).replace('"name":"hotline"', '"name":"notAVariable"')
    await expect(
      docs.create({ collection: 'docs', data: { body: JSON.parse(json) } }),
    ).rejects.toBeInstanceOf(ValidationError)
    const badTone = JSON.stringify(
      seedBlocksToLexical([{ type: 'callout', tone: 'tip', text: '提示' }]),
    ).replace('"tone":"tip"', '"tone":"loud"')
    await expect(
      docs.create({ collection: 'docs', data: { body: JSON.parse(badTone) } }),
    ).rejects.toBeInstanceOf(ValidationError)
  })

  it('populates an uploaded image so the HTML has its sizes', async () => {
    const png = await sharp({
      create: { width: 2000, height: 1000, channels: 3, background: '#3366cc' },
    })
      .png()
      .toBuffer()
    const media = await payload.create({
      collection: 'media',
      data: { alt: '办理流程图' },
      file: { data: png, mimetype: 'image/png', name: 'flow.png', size: png.length },
    })
    const state = seedBlocksToLexical([{ type: 'paragraph', text: '流程如下：' }])
    const upload = {
      type: 'upload',
      version: 3,
      format: '',
      id: 'a1b2c3d4e5f6a1b2c3d4e5f6',
      fields: null,
      relationTo: 'media',
      value: media.id,
    }
    const created = await docs.create({
      collection: 'docs',
      data: { body: { root: { ...state.root, children: [...state.root.children, upload] } } },
    })
    const stored = await docs.findByID({ collection: 'docs', id: created.id, depth: 1 })
    const html = lexicalToHtml(stored.body, { audience: 'public', regionValues: {} })
    expect(html).toMatch(/<img src="[^"]*flow-960x480\.png" srcset="[^"]*flow-960x480\.png 960w, /)
    expect(html).toContain('alt="办理流程图" loading="lazy"')
    expect(html).not.toContain('320x320')
    expect(lexicalToPlainText(stored.body, { audience: 'public', regionValues: {} })).toBe(
      '流程如下：\n办理流程图',
    )
  })
})
