import { describe, expect, it } from 'vitest'

import type { SeedBlock } from '@seed/content/types'
import type { RegionValues } from '@/domain/regionVariables'
import { seedBlocksToLexical } from '@/richtext/seedToLexical'
import { lexicalToHtml } from '@/richtext/toHtml'
import { lexicalToPlainText } from '@/richtext/toPlainText'
import type { RenderOptions, RichTextState } from '@/richtext/types'

const body: SeedBlock[] = [
  { type: 'heading', text: '如何办理携号转网？请拨打 {{hotline}}' },
  { type: 'paragraph', text: '营业时间 {{storeHours}}，<script>alert(1)</script> 不会执行。' },
  { type: 'steps', title: '办理步骤', steps: ['打开 {{appName}}', '选择“携号转网”', '提交申请'] },
  {
    type: 'priceTable',
    caption: '5G 套餐资费',
    rows: [
      { item: '畅享 129', price: '129 元/月', note: '含 30GB' },
      { item: '<b>加油包</b>', price: '10 元' },
    ],
  },
  { type: 'callout', tone: 'warning', text: '欠费号码不能办理。\n请先缴清话费。' },
  { type: 'agentOnly', text: '内部：可为老用户减免首月月租' },
]

const guangzhou: RegionValues = {
  hotline: '10000 转 1',
  storeHours: '9:00–21:00',
  appName: '广东电信 App',
}
const sichuan: RegionValues = { hotline: '10000 转 2', storeHours: '8:30–20:30' }

const agent = (regionValues: RegionValues): RenderOptions => ({ audience: 'agent', regionValues })
const publicReader = (regionValues: RegionValues): RenderOptions => ({
  audience: 'public',
  regionValues,
})

const state = seedBlocksToLexical(body)
const internalText = '内部：可为老用户减免首月月租'

/** A root with the given nodes, for shapes the seed format cannot express. */
const rootOf = (...children: object[]): RichTextState => ({ root: { children } })
const paragraph = (...children: object[]) => ({ type: 'paragraph', version: 1, children })
const text = (value: string) => ({ type: 'text', version: 1, text: value, format: 0 })

describe('seedBlocksToLexical', () => {
  it('makes a root of paragraph, heading and block nodes', () => {
    expect(state.root.type).toBe('root')
    expect(state.root.children.map((node) => node.type)).toEqual([
      'heading',
      'paragraph',
      'block',
      'block',
      'block',
      'block',
    ])
  })

  it('turns {{name}} into regionVariable inline blocks and keeps unknown placeholders as text', () => {
    const [heading] = seedBlocksToLexical([
      { type: 'heading', text: '拨打 {{hotline}} 或 {{nope}}' },
    ]).root.children as unknown as { children: object[] }[]
    expect(heading!.children).toEqual([
      expect.objectContaining({ type: 'text', text: '拨打 ' }),
      {
        type: 'inlineBlock',
        version: 1,
        fields: {
          id: expect.any(String),
          blockType: 'regionVariable',
          blockName: '',
          name: 'hotline',
        },
      },
      expect.objectContaining({ type: 'text', text: ' 或 {{nope}}' }),
    ])
  })

  it('gives blocks their fields, blockName and unique 24-hex ids', () => {
    const blocks = state.root.children.filter((node) => node.type === 'block') as unknown as {
      version: number
      fields: { id: string; blockType: string; blockName: string; [key: string]: unknown }
    }[]
    expect(blocks.map((block) => block.fields.blockType)).toEqual([
      'steps',
      'priceTable',
      'callout',
      'agentOnly',
    ])
    expect(blocks.every((block) => block.version === 2 && block.fields.blockName === '')).toBe(true)
    expect(blocks[0]!.fields.steps).toEqual([
      { id: expect.any(String), text: '打开 {{appName}}' },
      { id: expect.any(String), text: '选择“携号转网”' },
      { id: expect.any(String), text: '提交申请' },
    ])
    expect(blocks[1]!.fields.rows).toEqual([
      { id: expect.any(String), item: '畅享 129', price: '129 元/月', note: '含 30GB' },
      { id: expect.any(String), item: '<b>加油包</b>', price: '10 元', note: '' },
    ])
    const ids = JSON.stringify(state).match(/"id":"[^"]*"/g) ?? []
    // 4 blocks, 3 steps, 2 price rows, 2 region variables (the step's {{appName}} stays text)
    expect(ids.length).toBe(4 + 3 + 2 + 2)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.every((id) => /^"id":"[0-9a-f]{24}"$/.test(id))).toBe(true)
  })
})

describe('lexicalToPlainText', () => {
  it('gives one line per paragraph, step and price row, with region values resolved', () => {
    expect(lexicalToPlainText(state, agent(guangzhou))).toBe(
      [
        '如何办理携号转网？请拨打 10000 转 1',
        '营业时间 9:00–21:00，<script>alert(1)</script> 不会执行。',
        '办理步骤',
        '1. 打开 广东电信 App',
        '2. 选择“携号转网”',
        '3. 提交申请',
        '5G 套餐资费',
        '畅享 129 129 元/月 含 30GB',
        '<b>加油包</b> 10 元',
        '欠费号码不能办理。',
        '请先缴清话费。',
        internalText,
      ].join('\n'),
    )
  })

  it('leaves 内部口径 out for the public', () => {
    const publicText = lexicalToPlainText(state, publicReader(guangzhou))
    expect(publicText).not.toContain('内部')
    expect(publicText).toContain('请先缴清话费。')
  })

  it("resolves region variables per reader's area, showing the label when a value is missing", () => {
    const sichuanText = lexicalToPlainText(state, publicReader(sichuan))
    expect(sichuanText).toContain('请拨打 10000 转 2')
    expect(sichuanText).toContain('营业时间 8:30–20:30')
    expect(sichuanText).toContain('1. 打开 【营业厅 App】')
    expect(sichuanText).not.toContain('10000 转 1')
    expect(lexicalToPlainText(state, publicReader({}))).toContain('请拨打 【客服热线】')
  })

  it('reads lists with their numbers, links, quotes, line breaks, tables and upload alt text', () => {
    const rich = rootOf(
      {
        type: 'list',
        listType: 'number',
        children: [
          { type: 'listitem', value: 1, children: [text('先关机')] },
          { type: 'listitem', value: 2, children: [text('再开机')] },
        ],
      },
      {
        type: 'list',
        listType: 'bullet',
        children: [{ type: 'listitem', children: [text('要点')] }],
      },
      paragraph(
        text('详见'),
        { type: 'link', fields: { url: 'https://example.com' }, children: [text('资费页')] },
        { type: 'linebreak' },
        text('第二行'),
      ),
      { type: 'quote', children: [text('引用')] },
      {
        type: 'table',
        children: [
          {
            type: 'tablerow',
            children: [
              { type: 'tablecell', children: [paragraph(text('套餐'))] },
              { type: 'tablecell', children: [paragraph(text('59 元'))] },
            ],
          },
        ],
      },
      { type: 'upload', relationTo: 'media', fields: {}, value: { id: 'm1', alt: '流程图' } },
    )
    expect(lexicalToPlainText(rich, publicReader({}))).toBe(
      [
        '1. 先关机',
        '2. 再开机',
        '要点',
        '详见资费页',
        '第二行',
        '引用',
        '套餐 59 元',
        '流程图',
      ].join('\n'),
    )
  })

  it('tolerates unknown and malformed nodes, keeping their children’s text', () => {
    const odd = rootOf(
      { type: 'mystery', children: [paragraph(text('藏在未知节点里'))] },
      { type: 'block', fields: { blockType: 'notOurs', text: '不认识的块' } },
      { type: 'block' },
      { type: 'inlineBlock', fields: { blockType: 'regionVariable', name: 'notAVariable' } },
      { type: 'paragraph', children: 'not an array' },
      { type: 'steps' },
    )
    expect(lexicalToPlainText(odd, agent(guangzhou))).toBe('藏在未知节点里')
    expect(lexicalToPlainText(null, agent(guangzhou))).toBe('')
    expect(lexicalToPlainText({ root: {} }, agent(guangzhou))).toBe('')
  })
})

describe('lexicalToHtml', () => {
  const agentHtml = lexicalToHtml(state, agent(guangzhou))
  const publicHtml = lexicalToHtml(state, publicReader(guangzhou))

  it('escapes every text', () => {
    expect(publicHtml).not.toContain('<script>')
    expect(publicHtml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(publicHtml).toContain('<th scope="row">&lt;b&gt;加油包&lt;/b&gt;</th>')
    const hostile = lexicalToHtml(
      seedBlocksToLexical(body),
      publicReader({ hotline: '<img onerror=x>' }),
    )
    expect(hostile).not.toContain('<img onerror')
    expect(hostile).toContain('&lt;img onerror=x&gt;')
  })

  it('renders headings, paragraphs and region variables', () => {
    expect(publicHtml).toContain('<h2>如何办理携号转网？请拨打 10000 转 1</h2>')
    expect(publicHtml).toContain('<p>营业时间 9:00–21:00，')
    expect(lexicalToHtml(state, publicReader(sichuan))).toContain('请拨打 10000 转 2</h2>')
  })

  it('renders steps as an ordered list', () => {
    expect(publicHtml).toContain(
      '<div class="steps"><p class="steps__title">办理步骤</p><ol><li>打开 广东电信 App</li>' +
        '<li>选择“携号转网”</li><li>提交申请</li></ol></div>',
    )
  })

  it('renders a price table with caption and column headers', () => {
    expect(publicHtml).toContain(
      '<table class="price-table"><caption>5G 套餐资费</caption><thead><tr>' +
        '<th scope="col">项目</th><th scope="col">资费</th><th scope="col">备注</th></tr></thead>' +
        '<tbody><tr><th scope="row">畅享 129</th><td>129 元/月</td><td>含 30GB</td></tr>',
    )
  })

  it('renders a callout as a note, keeping its line breaks', () => {
    expect(publicHtml).toContain(
      '<aside role="note" class="callout callout--warning"><strong class="callout__label">注意</strong>' +
        '<p>欠费号码不能办理。<br />请先缴清话费。</p></aside>',
    )
  })

  it('renders 内部口径 for agents only', () => {
    expect(agentHtml).toContain(
      `<section class="agent-only" aria-label="内部口径"><p>${internalText}</p></section>`,
    )
    expect(publicHtml).not.toContain('agent-only')
    expect(publicHtml).not.toContain('内部')
  })

  it('renders an image with srcset from same-shaped sizes, alt text and lazy loading', () => {
    const image = (url: string, width: number, height: number) => ({
      url,
      width,
      height,
      mimeType: 'image/webp',
      filesize: 1000,
      filename: url.slice(1),
    })
    const upload = {
      type: 'upload',
      version: 3,
      format: '',
      id: 'n1',
      relationTo: 'media',
      fields: {},
      value: {
        id: 'm1',
        alt: '携号转网"流程"图',
        url: '/media/flow.png',
        width: 2000,
        height: 1000,
        mimeType: 'image/png',
        sizes: {
          thumbnail: image('/media/flow-320x320.webp', 320, 320),
          article: image('/media/flow-960x480.webp', 960, 480),
          articleWide: image('/media/flow-1600x800.webp', 1600, 800),
        },
      },
    }
    expect(lexicalToHtml(rootOf(upload), publicReader({}))).toBe(
      '<img src="/media/flow-960x480.webp" srcset="/media/flow-960x480.webp 960w, ' +
        '/media/flow-1600x800.webp 1600w, /media/flow.png 2000w" ' +
        'sizes="(max-width: 960px) 100vw, 960px" width="960" height="480" ' +
        'alt="携号转网&quot;流程&quot;图" loading="lazy" decoding="async" />',
    )
    expect(lexicalToPlainText(rootOf(upload), publicReader({}))).toBe('携号转网"流程"图')
    expect(lexicalToHtml(rootOf({ ...upload, value: 'm1' }), publicReader({}))).toBe('')
  })

  it('sanitises link addresses and renders internal links as their text', () => {
    const html = lexicalToHtml(
      rootOf(
        paragraph(
          { type: 'link', fields: { url: 'javascript:alert(1)' }, children: [text('坏链接')] },
          {
            type: 'link',
            fields: { url: 'https://a.example/?q="x"', newTab: true },
            children: [text('外链')],
          },
          {
            type: 'link',
            fields: { linkType: 'internal', doc: { relationTo: 'knowledge', value: 'k1' } },
            children: [text('相关问题')],
          },
        ),
      ),
      publicReader({}),
    )
    expect(html).toBe(
      '<p><a href="#">坏链接</a>' +
        '<a href="https://a.example/?q=&quot;x&quot;" target="_blank" rel="noopener noreferrer">外链</a>' +
        '相关问题</p>',
    )
  })

  it('tolerates unknown nodes, rendering their children', () => {
    const html = lexicalToHtml(
      rootOf(
        { type: 'mystery', children: [paragraph(text('藏在未知节点里'))] },
        { type: 'block', fields: { blockType: 'notOurs', text: '不认识的块' } },
        { type: 'inlineBlock', fields: { blockType: 'notOurs' } },
      ),
      agent(guangzhou),
    )
    expect(html).toBe('<p>藏在未知节点里</p>')
    expect(lexicalToHtml(null, agent(guangzhou))).toBe('')
  })
})
