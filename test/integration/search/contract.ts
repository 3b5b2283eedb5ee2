/**
 * The contract every adapter of the search port must pass (embedded SQLite FTS5, Meilisearch).
 * Visibility is checked against the pure rule in src/domain/visibility.ts: for every reader, every
 * hit must be visible, and every visible matching document must be found — so the engine's filter
 * and the rule provably agree on the fixture.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Channel } from '@/domain/channels'
import type { OrgScope } from '@/domain/orgTree'
import { type ReaderArea, visibleTo } from '@/domain/visibility'
import type {
  SearchDocument,
  SearchEngine,
  SearchHit,
  SearchIndexName,
  SearchRequest,
  SearchResult,
  SearchSettings,
} from '@search/types'

// --- Fixture ----------------------------------------------------------------------------------

export const CONTRACT_SETTINGS: SearchSettings = {
  glossary: [
    { term: '携号转网', synonyms: ['携转', '转网'] },
    { term: '停机保号', synonyms: ['停保'] },
    { term: '营业厅', synonyms: ['门店'] },
    { term: 'VoLTE', synonyms: ['高清通话'] },
  ],
}

const HQ: OrgScope = { level: 'hq', code: '100000', province: null, city: null }
const GUANGDONG: OrgScope = { level: 'province', code: '440000', province: '440000', city: null }
const GUANGZHOU: OrgScope = { level: 'city', code: '440100', province: '440000', city: '440100' }
const SHENZHEN: OrgScope = { level: 'city', code: '440300', province: '440000', city: '440300' }
const SICHUAN: OrgScope = { level: 'province', code: '510000', province: '510000', city: null }
const CHENGDU: OrgScope = { level: 'city', code: '510100', province: '510000', city: '510100' }

const CATEGORIES = {
  number: { id: 'cat-number', name: '号码业务' },
  billing: { id: 'cat-billing', name: '套餐资费' },
  service: { id: 'cat-service', name: '服务渠道' },
} as const
type CategoryKey = keyof typeof CATEGORIES

/** In every body: a query for it matches every document of the fixture. */
export const EVERYWHERE = '中国电信'
const COMMON_TAIL = `更多问题请咨询${EVERYWHERE}客服。`

let published = Date.UTC(2025, 0, 1)

function item(
  id: string,
  owner: OrgScope,
  category: CategoryKey,
  title: string,
  body: string,
  options: { channels?: Channel[]; overriddenIn?: string[]; kind?: string; tail?: boolean } = {},
): SearchDocument {
  published += 3_600_000
  return {
    id,
    externalId: `ext-${id}`,
    kind: options.kind ?? 'faq',
    title,
    body: options.tail === false ? body : `${body}${COMMON_TAIL}`,
    categoryId: CATEGORIES[category].id,
    categoryName: CATEGORIES[category].name,
    channels: options.channels ?? ['online_hall'],
    ownerLevel: owner.level,
    ownerCode: owner.code,
    ownerProvince: owner.province,
    ownerCity: owner.city,
    overriddenIn: options.overriddenIn ?? [],
    publishedAt: published,
  }
}

const PUBLIC_BOTH: Channel[] = ['online_hall', 'self_service']

/** The public index: 27 items of HQ, two provinces and three cities. */
const ONLINE_HALL: SearchDocument[] = [
  item(
    'h-xhzw',
    HQ,
    'number',
    '携号转网办理条件',
    '用户办理携号转网需满足实名登记、无欠费、号码状态正常等条件，可先发送短信查询携转资格。',
    { channels: PUBLIC_BOTH },
  ),
  item(
    'h-stop',
    HQ,
    'number',
    '停机保号办理说明',
    '长期出差或出国的用户可以申请停机保号，保号期间每月收取少量保号费。',
  ),
  item(
    'h-volte',
    HQ,
    'service',
    'VoLTE高清通话开通指南',
    '开通后通话接通更快、音质更清晰，需要手机终端支持。',
    { channels: PUBLIC_BOTH },
  ),
  item(
    'h-roam',
    HQ,
    'billing',
    '国际漫游开通指南',
    '出国前请开通漫游功能，并了解目的地的资费标准。',
    { overriddenIn: ['440000'] },
  ),
  item(
    'h-travel',
    HQ,
    'service',
    '出国旅行前的准备',
    '出发前建议检查手机是否已开通国际漫游，并备好充电设备。',
  ),
  item(
    'h-bb-exact',
    HQ,
    'service',
    '宽带故障报修流程',
    '家庭网络无法上网时，可先重启光猫，仍无法解决请在线提交工单。',
  ),
  item(
    'h-bb-scattered',
    HQ,
    'service',
    '宽带报修与常见故障排查',
    '宽带报修前请先排查故障：检查光猫指示灯、网线和路由器，宽带账号欠费也会导致故障。',
  ),
  item(
    'h-store',
    HQ,
    'service',
    '营业厅营业时间查询',
    '各营业厅营业时间一般为每天九点至十八点，节假日可能调整。',
    { channels: PUBLIC_BOTH, overriddenIn: ['440300'] },
  ),
  item('h-appoint', HQ, 'service', '门店预约取号', '到店前可在线预约取号，减少排队等候时间。'),
  item(
    'h-html',
    HQ,
    'billing',
    '积分兑换<b>话费</b>规则',
    '积分可兑换话费或流量，<script>alert(1)</script>兑换成功后不可撤销。',
  ),
  item(
    'h-plan',
    HQ,
    'billing',
    '5G套餐资费说明',
    '5G套餐包含国内通用流量和通话分钟数，超出部分按标准资费计费。',
    { kind: 'article' },
  ),
  item(
    'h-selfonly',
    HQ,
    'billing',
    '自助终端缴费操作步骤',
    '在自助终端上选择缴费，输入手机号码并确认金额即可完成缴费。',
    { channels: ['self_service'] },
  ),
  item(
    'h-invoice',
    HQ,
    'billing',
    '电子发票申请方法',
    '登录网上营业厅，在费用查询中选择电子发票，填写抬头后即可下载。',
  ),
  item(
    'h-realname',
    HQ,
    'number',
    '实名登记补登说明',
    '未完成实名登记的号码将被限制使用，请携带有效身份证件补登。',
  ),
  item(
    'h-lost',
    HQ,
    'number',
    '手机丢失如何挂失',
    '手机丢失后请立即办理挂失，防止号码被盗用，找回后可申请复机。',
  ),
  item(
    'p440-roam',
    GUANGDONG,
    'billing',
    '国际漫游开通指南（广东）',
    '广东用户出国前可通过网上营业厅开通国际漫游，港澳地区另有优惠。',
  ),
  item(
    'p440-store',
    GUANGDONG,
    'service',
    '广东营业厅预约服务',
    '广东用户可在线预约营业厅业务办理，到店后凭短信验证码优先叫号。',
    { channels: PUBLIC_BOTH, overriddenIn: ['440100'] },
  ),
  item(
    'p440-xhzw',
    GUANGDONG,
    'number',
    '广东携号转网咨询渠道',
    '广东用户可拨打热线咨询携号转网进度，也可到营业厅现场办理。',
  ),
  item(
    'p440-plan',
    GUANGDONG,
    'billing',
    '广东5G畅享套餐',
    '畅享套餐每月包含大流量和视频会员权益。',
    { channels: PUBLIC_BOTH },
  ),
  item(
    'c4401-store',
    GUANGZHOU,
    'service',
    '广州营业厅预约办理',
    '广州用户预约营业厅业务后，可在天河、越秀等门店优先办理。',
  ),
  item(
    'c4401-bb',
    GUANGZHOU,
    'service',
    '广州宽带安装预约',
    '广州新装宽带可在线预约上门安装时间。',
    { channels: PUBLIC_BOTH },
  ),
  item(
    'c4403-store',
    SHENZHEN,
    'service',
    '深圳营业厅营业时间',
    '深圳各营业厅周末照常营业，部分营业厅延长至晚上九点。',
  ),
  item(
    'c4403-plan',
    SHENZHEN,
    'billing',
    '深圳校园套餐说明',
    '在校学生凭学生证可办理校园套餐，享受定向流量优惠。',
  ),
  item(
    'p510-stop',
    SICHUAN,
    'number',
    '四川停机保号优惠',
    '四川用户办理停机保号，首三个月免收保号费。',
  ),
  item(
    'p510-plan',
    SICHUAN,
    'billing',
    '四川5G套餐资费',
    '四川5G套餐提供多档流量选择，可叠加宽带优惠。',
    { channels: PUBLIC_BOTH },
  ),
  item(
    'c5101-store',
    CHENGDU,
    'service',
    '成都营业厅地址查询',
    '成都各区营业厅地址可在网上营业厅的网点地图中查询。',
  ),
  item(
    'c5101-xhzw',
    CHENGDU,
    'number',
    '成都携号转网办理网点',
    '成都用户可到指定网点办理携号转网，请提前确认携转资格。',
  ),
]

/** The agents' index: scripts, notices and 内部口径, some local. */
const AGENT_KB: SearchDocument[] = [
  item(
    'a-h-xhzw',
    HQ,
    'number',
    '携号转网挽留话术',
    '客户申请携号转网时，先了解原因，再介绍可选的优惠方案。',
    { channels: ['agent_kb'], kind: 'script' },
  ),
  item(
    'a-h-roam',
    HQ,
    'billing',
    '国际漫游投诉处理话术',
    '客户投诉国际漫游费用过高时，先核实话单，再按流程申请减免。',
    { channels: ['agent_kb'], kind: 'script', overriddenIn: ['510000'] },
  ),
  item(
    'a-p440-notice',
    GUANGDONG,
    'service',
    '广东系统升级服务公告',
    '广东计费系统今晚升级，营业厅暂停办理缴费业务两小时。',
    { channels: ['agent_kb'], kind: 'notice' },
  ),
  item(
    'a-c4401-bb',
    GUANGZHOU,
    'service',
    '广州宽带故障应急口径',
    '广州部分区域宽带故障期间，统一答复预计恢复时间。',
    { channels: ['agent_kb'], kind: 'script' },
  ),
  item(
    'a-p510-xhzw',
    SICHUAN,
    'number',
    '四川携号转网内部口径',
    '四川用户咨询携号转网时，按内部口径说明携出条件。',
    { channels: ['agent_kb'], kind: 'script' },
  ),
  item(
    'a-p510-roam',
    SICHUAN,
    'billing',
    '四川国际漫游投诉处理',
    '四川用户的国际漫游投诉，由省客服中心统一回访。',
    { channels: ['agent_kb'], kind: 'script' },
  ),
]

export const CONTRACT_FIXTURE: Record<SearchIndexName, SearchDocument[]> = {
  online_hall: ONLINE_HALL,
  agent_kb: AGENT_KB,
}

const ownerOf = (doc: SearchDocument): OrgScope => ({
  level: doc.ownerLevel,
  code: doc.ownerCode,
  province: doc.ownerProvince,
  city: doc.ownerCity,
})

export const docVisibleTo = (doc: SearchDocument, reader: ReaderArea) =>
  visibleTo({ owner: ownerOf(doc), overriddenIn: doc.overriddenIn }, reader)

const fold = (text: string) => text.normalize('NFKC').toLowerCase()

/** The document contains the query literally (title or body). */
const containsLiterally = (doc: SearchDocument, q: string) =>
  fold(`${doc.title}\n${doc.body}`).includes(fold(q))

export const READERS: Array<{ label: string; reader: ReaderArea }> = [
  { label: 'HQ', reader: { province: null, city: null } },
  { label: '广东 (440000)', reader: { province: '440000', city: null } },
  { label: '广州 (440000+440100)', reader: { province: '440000', city: '440100' } },
  { label: '深圳 (440000+440300)', reader: { province: '440000', city: '440300' } },
  { label: '成都 (510000+510100)', reader: { province: '510000', city: '510100' } },
]
const reader = (label: string) => READERS.find((r) => r.label.startsWith(label))!.reader
const HQ_READER = reader('HQ')

/** Queries for the visibility check: one matches every document, the others some in every unit. */
const VISIBILITY_QUERIES = [EVERYWHERE, '携号转网', '营业厅', '国际漫游', '套餐', '宽带']

// --- Helpers ----------------------------------------------------------------------------------

const ids = (result: SearchResult) => result.hits.map((h) => h.id)
const sorted = (values: Iterable<string>) => [...values].sort()

const unescapeHtml = (text: string) =>
  text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')

const withoutMarks = (html: string) => html.replace(/<\/?mark>/g, '')

/** Deterministic PRNG (mulberry32): the hostile queries are the same on every run. */
function prng(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const CODE_POINT_RANGES: Array<[number, number]> = [
  [0x20, 0x7e], // ASCII
  [0x00, 0x1f], // control characters, NUL included
  [0x4e00, 0x9fff], // CJK
  [0x3000, 0x303f], // CJK punctuation, ideographic space
  [0xff01, 0xff5e], // full-width ASCII
  [0x1f300, 0x1faff], // emoji
  [0x0300, 0x036f], // combining marks
  [0x200b, 0x200f], // zero-width and direction marks
  [0x202a, 0x202e], // bidi embedding and override
  [0x0600, 0x06ff], // Arabic
  [0xac00, 0xd7a3], // Hangul
  [0xe000, 0xf8ff], // private use
  [0xfff0, 0xfffd], // specials
  [0x10000, 0x10ffff], // anything astral
]

const FRAGMENTS = [
  '"',
  "'",
  '*',
  'NEAR(',
  'NEAR',
  'OR',
  'AND',
  'NOT',
  '-',
  '+',
  '^',
  ':',
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  'title:',
  'body:',
  'pinyin:',
  'col:',
  '{title body}:',
  ';',
  '--',
  '/*',
  '\\',
  '%',
  '_',
  '\0',
  '携号转网',
  '营业厅',
  '国际漫游',
  '中国电信',
  '停保',
  'volte',
  'xhzw',
  '5G',
  '<b>',
  '&amp;',
]

function randomQuery(random: () => number): string {
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)]!
  const pieces: string[] = []
  const count = 1 + Math.floor(random() * 12)
  for (let i = 0; i < count; i++) {
    if (random() < 0.4) {
      pieces.push(pick(FRAGMENTS))
    } else {
      const [from, to] = pick(CODE_POINT_RANGES)
      let run = ''
      const length = 1 + Math.floor(random() * 6)
      for (let j = 0; j < length; j++) {
        run += String.fromCodePoint(from + Math.floor(random() * (to - from + 1)))
      }
      pieces.push(run)
    }
    if (random() < 0.5) pieces.push(' ')
  }
  return pieces.join('')
}

function hostileQueries(): string[] {
  const random = prng(20240611)
  const longCjk = Array.from({ length: 10_000 }, () =>
    String.fromCodePoint(0x4e00 + Math.floor(random() * 0x5200)),
  ).join('')
  const fixed = [
    '',
    ' ',
    '\t\n\r ',
    '\u3000\u3000',
    'a'.repeat(10_000),
    '携'.repeat(10_000),
    longCjk,
    '携号转网 '.repeat(2_000),
    '" OR '.repeat(2_000),
    '('.repeat(5_000) + ')'.repeat(5_000),
    '📱📶🔥',
    '👨‍👩‍👧‍👦 营业厅',
    "'; DROP TABLE docs; --",
    "' OR '1'='1",
    '1; DELETE FROM generations; --',
    '" OR 1=1 --',
    'docs_online_hall_1 UNION SELECT * FROM settings',
    '"',
    '""',
    '"""',
    '"携号转网',
    '携号转网"',
    "'",
    '*',
    '携号*',
    '"携号" *',
    'NEAR(携号 转网)',
    'NEAR(携号 转网, 2)',
    'NEAR(',
    'a OR b',
    'OR',
    'AND',
    'NOT',
    'NOT 携号转网',
    '携号转网 NOT 营业厅',
    '-携号转网',
    '^携号转网',
    '+营业厅',
    'title:携号转网',
    'body:营业厅',
    'pinyin:xhzw',
    'col:',
    ':',
    '{title body}: 营业厅',
    '{title}',
    '{',
    '}',
    '(',
    ')',
    '(((',
    ')))',
    '携号转网 AND',
    'AND 携号转网 OR',
    '\0',
    '携号\0转网',
    '\u0000\u0001\u0002\u001f',
    '%',
    '_',
    '\\',
    '\\"',
    'null',
    'undefined',
    '<script>alert(1)</script>',
    '<mark>营业厅</mark>',
    '&amp; &lt;',
    'xhzw',
    'XHZW',
    'volte*',
    '100000',
    '440000',
    'overridden_in',
    '\u202e营业厅',
    '\ufeff携号转网',
    '\u200b',
    'ＮＥＡＲ（携号　转网）',
    '＂营业厅＂',
  ]
  const generated = Array.from({ length: 300 - fixed.length }, () => randomQuery(random))
  return [...fixed, ...generated]
}

const describeQuery = (q: string) =>
  `${JSON.stringify(q.length > 60 ? `${q.slice(0, 60)}…` : q)} (${q.length} chars)`

// --- The contract -----------------------------------------------------------------------------

export function searchEngineContract(name: string, makeEngine: () => Promise<SearchEngine>) {
  describe(`search engine contract: ${name}`, () => {
    const opened: SearchEngine[] = []
    /** A fresh engine with its indexes ensured and nothing in them. */
    const fresh = async () => {
      const engine = await makeEngine()
      opened.push(engine)
      await engine.ensureIndexes(CONTRACT_SETTINGS)
      return engine
    }
    /** The shared engine holding the whole fixture: read-only tests use it. */
    let engine: SearchEngine

    beforeAll(async () => {
      engine = await fresh()
      await engine.upsert('online_hall', ONLINE_HALL)
      await engine.upsert('agent_kb', AGENT_KB)
    })
    afterAll(async () => {
      for (const e of opened) await e.close()
    })

    const search = (
      q: string,
      who: ReaderArea,
      extra: Partial<SearchRequest> = {},
      on: SearchEngine = engine,
    ) => on.search({ index: 'online_hall', q, reader: who, limit: 100, offset: 0, ...extra })
    /** The same in the agents' index. */
    const searchAgents = (q: string, who: ReaderArea, on: SearchEngine = engine) =>
      on.search({ index: 'agent_kb', q, reader: who, limit: 100, offset: 0 })

    const fixtureById = (index: SearchIndexName) =>
      new Map(CONTRACT_FIXTURE[index].map((d) => [d.id, d]))

    describe('writes', () => {
      it('ensureIndexes is idempotent and keeps the documents', async () => {
        const e = await fresh()
        await e.ensureIndexes(CONTRACT_SETTINGS)
        expect((await e.stats('online_hall')).documents).toBe(0)
        const empty = await search('携号转网', HQ_READER, {}, e)
        expect(empty.hits).toEqual([])
        expect(empty.total).toBe(0)
        await e.upsert('online_hall', ONLINE_HALL.slice(0, 5))
        await e.ensureIndexes(CONTRACT_SETTINGS)
        await e.ensureIndexes(CONTRACT_SETTINGS)
        expect((await e.stats('online_hall')).documents).toBe(5)
        expect(ids(await search('携号转网', HQ_READER, {}, e))).toContain('h-xhzw')
      })

      it('upsert then search finds a document by a word of its title', async () => {
        const e = await fresh()
        await e.upsert('online_hall', [ONLINE_HALL.find((d) => d.id === 'h-invoice')!])
        const result = await search('发票', HQ_READER, {}, e)
        expect(ids(result)).toEqual(['h-invoice'])
        expect(result.total).toBe(1)
        const [hit] = result.hits as [SearchHit]
        expect(hit).toMatchObject({
          id: 'h-invoice',
          externalId: 'ext-h-invoice',
          title: '电子发票申请方法',
          categoryId: 'cat-billing',
          categoryName: '套餐资费',
          ownerLevel: 'hq',
          ownerCode: '100000',
          kind: 'faq',
        })
        expect(typeof hit.score).toBe('number')
        // The other index is another index.
        expect((await searchAgents('发票', HQ_READER, e)).hits).toEqual([])
      })

      it('upsert of the same id replaces the document: no duplicate, new text found, old gone', async () => {
        const e = await fresh()
        const original = item('x-1', HQ, 'billing', '话费充值优惠活动', '充值满一百元赠送流量。')
        await e.upsert('online_hall', [original])
        expect(ids(await search('充值', HQ_READER, {}, e))).toEqual(['x-1'])
        await e.upsert('online_hall', [
          { ...original, title: '流量包退订方法', body: '发送短信即可退订流量包。' },
        ])
        expect((await e.stats('online_hall')).documents).toBe(1)
        expect(ids(await search('充值', HQ_READER, {}, e))).toEqual([])
        const replaced = await search('退订', HQ_READER, {}, e)
        expect(ids(replaced)).toEqual(['x-1'])
        expect(replaced.hits[0]!.title).toBe('流量包退订方法')
        // Owner changes apply too: the replaced document is filtered by its new owner.
        await e.upsert('online_hall', [
          { ...original, ownerLevel: 'province', ownerCode: '510000', ownerProvince: '510000' },
        ])
        expect(ids(await search('充值', reader('广东'), {}, e))).toEqual([])
        expect(ids(await search('充值', reader('成都'), {}, e))).toEqual(['x-1'])
        expect((await e.stats('online_hall')).documents).toBe(1)
      })

      it('the same search asked again sees every change in between: upsert, delete, rebuild, glossary', async () => {
        const e = await fresh()
        const invoice = ONLINE_HALL.find((d) => d.id === 'h-invoice')!
        const ask = async (q = '发票') => ids(await search(q, HQ_READER, {}, e))
        expect(await ask()).toEqual([])
        await e.upsert('online_hall', [invoice])
        expect(await ask()).toEqual(['h-invoice'])
        await e.delete('online_hall', [invoice.id])
        expect(await ask()).toEqual([])
        await e.rebuild('online_hall', CONTRACT_SETTINGS, (write) => write([invoice]))
        expect(await ask()).toEqual(['h-invoice'])
        expect(await ask('报销凭证')).toEqual([])
        await e.ensureIndexes({
          glossary: [...CONTRACT_SETTINGS.glossary, { term: '发票', synonyms: ['报销凭证'] }],
        })
        expect(await ask('报销凭证')).toEqual(['h-invoice'])
      })

      it('delete removes the given ids only', async () => {
        const e = await fresh()
        await e.upsert('online_hall', ONLINE_HALL)
        await e.delete('online_hall', ['h-xhzw', 'p440-xhzw', 'no-such-id'])
        await e.delete('online_hall', [])
        expect((await e.stats('online_hall')).documents).toBe(ONLINE_HALL.length - 2)
        const found = ids(await search('携号转网', reader('广东'), {}, e))
        expect(found).not.toContain('h-xhzw')
        expect(found).not.toContain('p440-xhzw')
        expect(ids(await search('携号转网', reader('成都'), {}, e))).toContain('c5101-xhzw')
      })

      it('deleteWhere by ownerCode removes that owner’s documents in that index only', async () => {
        const e = await fresh()
        await e.upsert('online_hall', ONLINE_HALL)
        await e.upsert('agent_kb', AGENT_KB)
        await e.deleteWhere('online_hall', { ownerCode: '440000' })
        const gone = ONLINE_HALL.filter((d) => d.ownerCode === '440000')
        expect(gone.length).toBeGreaterThan(2)
        expect((await e.stats('online_hall')).documents).toBe(ONLINE_HALL.length - gone.length)
        const left = ids(await search(EVERYWHERE, reader('广州'), {}, e))
        for (const doc of gone) expect(left).not.toContain(doc.id)
        // Cities of that province are other owners.
        expect(left).toContain('c4401-store')
        expect((await e.stats('agent_kb')).documents).toBe(AGENT_KB.length)
        expect(ids(await searchAgents('系统升级', reader('广东'), e))).toContain('a-p440-notice')
      })

      it('deleteWhere by ids removes those; with ownerCode too, both must hold; [] removes none', async () => {
        const e = await fresh()
        await e.upsert('online_hall', ONLINE_HALL)
        await e.deleteWhere('online_hall', { ids: ['h-stop', 'p510-stop'] })
        expect((await e.stats('online_hall')).documents).toBe(ONLINE_HALL.length - 2)
        expect(ids(await search('停机保号', reader('成都'), {}, e))).toEqual([])
        await e.deleteWhere('online_hall', { ids: [] })
        expect((await e.stats('online_hall')).documents).toBe(ONLINE_HALL.length - 2)
        await e.deleteWhere('online_hall', { ownerCode: '440000', ids: ['p440-xhzw', 'h-xhzw'] })
        expect((await e.stats('online_hall')).documents).toBe(ONLINE_HALL.length - 3)
        const found = ids(await search('携号转网', reader('广东'), {}, e))
        expect(found).toContain('h-xhzw')
        expect(found).not.toContain('p440-xhzw')
      })

      it('upsert of nothing is a no-op; the last of two versions in one batch wins', async () => {
        const e = await fresh()
        await e.upsert('online_hall', [])
        expect((await e.stats('online_hall')).documents).toBe(0)
        const first = item('x-2', HQ, 'billing', '话费充值优惠活动', '充值满一百元赠送流量。')
        await e.upsert('online_hall', [first, { ...first, title: '流量包退订方法' }])
        expect((await e.stats('online_hall')).documents).toBe(1)
        expect(ids(await search('退订', HQ_READER, {}, e))).toEqual(['x-2'])
        expect(ids(await search('优惠活动', HQ_READER, {}, e))).toEqual([])
      })

      it('stats counts the documents of each index', async () => {
        expect((await engine.stats('online_hall')).documents).toBe(ONLINE_HALL.length)
        expect((await engine.stats('agent_kb')).documents).toBe(AGENT_KB.length)
        const { bytes } = await engine.stats('online_hall')
        expect(bytes === null || (Number.isInteger(bytes) && bytes > 0)).toBe(true)
      })
    })

    describe('visibility: the engine’s filter and the pure rule agree', () => {
      const cases = (['online_hall', 'agent_kb'] as const).flatMap((index) =>
        READERS.map(({ label, reader: who }) => ({ index, label, who })),
      )
      it.each(cases)('$index as $label', async ({ index, who }) => {
        const fixture = CONTRACT_FIXTURE[index]
        const byId = fixtureById(index)
        for (const q of VISIBILITY_QUERIES) {
          const result = await engine.search({ index, q, reader: who, limit: 100, offset: 0 })
          const found = ids(result)
          expect(new Set(found).size, `${q}: no duplicates`).toBe(found.length)
          for (const id of found) {
            const doc = byId.get(id)
            expect(doc, `${q}: ${id} is in ${index}`).toBeDefined()
            expect(docVisibleTo(doc!, who), `${q}: ${id} must not be visible`).toBe(true)
          }
          const expected = fixture.filter((d) => docVisibleTo(d, who) && containsLiterally(d, q))
          expect(sorted(found), `${q}: every visible match is found`).toEqual(
            expect.arrayContaining(sorted(expected.map((d) => d.id))),
          )
          expect(result.total, `${q}: total`).toBe(found.length)
          if (q === EVERYWHERE) {
            // Every document matches: the hits are exactly what the rule lets this reader see.
            expect(sorted(found)).toEqual(
              sorted(fixture.filter((d) => docVisibleTo(d, who)).map((d) => d.id)),
            )
          }
        }
      })

      it('the fixture hides something from every reader but HQ (the check above is not vacuous)', () => {
        for (const { label, reader: who } of READERS) {
          const hidden = ONLINE_HALL.filter((d) => !docVisibleTo(d, who))
          if (label === 'HQ') expect(hidden.map((d) => d.ownerLevel)).not.toContain('hq')
          else expect(hidden.length, label).toBeGreaterThan(5)
        }
      })

      it('overriddenIn hides an original from readers in the overriding unit only', async () => {
        const seenBy = async (q: string, id: string) => {
          const seen: string[] = []
          for (const { label, reader: who } of READERS) {
            if (ids(await search(q, who)).includes(id)) seen.push(label.split(' ')[0]!)
          }
          return seen
        }
        // An HQ item with a Guangdong variant: hidden in Guangdong and all its cities.
        expect(await seenBy('国际漫游', 'h-roam')).toEqual(['HQ', '成都'])
        expect(await seenBy('国际漫游', 'p440-roam')).toEqual(['广东', '广州', '深圳'])
        // An HQ item with a Shenzhen variant: hidden in Shenzhen only.
        expect(await seenBy('营业厅', 'h-store')).toEqual(['HQ', '广东', '广州', '成都'])
        expect(await seenBy('营业厅', 'c4403-store')).toEqual(['深圳'])
        // A province item with a Guangzhou variant: hidden in Guangzhou only.
        expect(await seenBy('营业厅', 'p440-store')).toEqual(['广东', '深圳'])
        expect(await seenBy('营业厅', 'c4401-store')).toEqual(['广州'])
        // The same in the agents' index: an HQ script with a Sichuan variant.
        const agentSeen: string[] = []
        for (const { label, reader: who } of READERS) {
          const found = ids(await searchAgents('国际漫游', who))
          if (found.includes('a-h-roam')) agentSeen.push(label.split(' ')[0]!)
        }
        expect(agentSeen).toEqual(['HQ', '广东', '广州', '深圳'])
      })
    })

    describe('filters, facets, paging', () => {
      it('the channel narrows the public index to one channel', async () => {
        const who = reader('广州')
        const visible = ONLINE_HALL.filter((d) => docVisibleTo(d, who))
        for (const channel of ['self_service', 'online_hall'] as const) {
          const result = await search(EVERYWHERE, who, { channel })
          const expected = visible.filter((d) => d.channels.includes(channel)).map((d) => d.id)
          expect(sorted(ids(result)), channel).toEqual(sorted(expected))
          expect(result.total).toBe(expected.length)
        }
        const selfService = ids(await search('缴费', HQ_READER, { channel: 'self_service' }))
        expect(selfService).toContain('h-selfonly')
        expect(ids(await search('缴费', HQ_READER, { channel: 'online_hall' }))).not.toContain(
          'h-selfonly',
        )
      })

      it('the category narrows the hits, while the facets still count every category', async () => {
        const who = reader('深圳')
        const visible = ONLINE_HALL.filter((d) => docVisibleTo(d, who))
        const facets: Record<string, number> = {}
        for (const d of visible) facets[d.categoryId!] = (facets[d.categoryId!] ?? 0) + 1
        expect(Object.keys(facets)).toHaveLength(3)

        const all = await search(EVERYWHERE, who)
        expect(all.categoryFacets).toEqual(facets)
        expect(all.total).toBe(visible.length)

        const billing = await search(EVERYWHERE, who, { categoryId: CATEGORIES.billing.id })
        const expected = visible.filter((d) => d.categoryId === CATEGORIES.billing.id)
        expect(sorted(ids(billing))).toEqual(sorted(expected.map((d) => d.id)))
        expect(billing.total).toBe(expected.length)
        expect(billing.categoryFacets).toEqual(facets)
        for (const hit of billing.hits) {
          expect(hit.categoryId).toBe('cat-billing')
          expect(hit.categoryName).toBe('套餐资费')
        }
        const none = await search(EVERYWHERE, who, { categoryId: 'cat-missing' })
        expect(none.hits).toEqual([])
        expect(none.total).toBe(0)
      })

      it('facets of a narrower query count only its matches', async () => {
        const result = await search('携号转网', HQ_READER)
        expect(result.categoryFacets['cat-number']).toBe(result.total)
        expect(result.categoryFacets['cat-billing'] ?? 0).toBe(0)
      })

      it('limit and offset page through the hits: disjoint pages covering the whole', async () => {
        const who = reader('广州')
        const whole = await search(EVERYWHERE, who)
        expect(whole.total).toBeGreaterThan(12)
        const pages: string[][] = []
        for (let offset = 0; offset < whole.total; offset += 5) {
          const page = await search(EVERYWHERE, who, { limit: 5, offset })
          expect(page.total).toBe(whole.total)
          expect(page.hits.length).toBe(Math.min(5, whole.total - offset))
          pages.push(ids(page))
        }
        const flat = pages.flat()
        expect(new Set(flat).size, 'pages are disjoint').toBe(flat.length)
        expect(sorted(flat)).toEqual(sorted(ids(whole)))
        expect(flat).toEqual(ids(whole))
        const past = await search(EVERYWHERE, who, { limit: 5, offset: whole.total + 10 })
        expect(past.hits).toEqual([])
        expect(past.total).toBe(whole.total)
        // limit 0: the count and the facets without a page.
        const counted = await search(EVERYWHERE, who, { limit: 0 })
        expect(counted.hits).toEqual([])
        expect(counted.total).toBe(whole.total)
        expect(counted.categoryFacets).toEqual(whole.categoryFacets)
      })
    })

    describe('language', () => {
      it('a synonym from the glossary finds the term’s document, and back', async () => {
        expect(ids(await search('停保', HQ_READER))[0]).toBe('h-stop')
        expect(ids(await search('停保', reader('成都')))).toEqual(
          expect.arrayContaining(['h-stop', 'p510-stop']),
        )
        // 门店 → 营业厅 and 营业厅 → 门店.
        const viaSynonym = ids(await search('门店', HQ_READER))
        expect(viaSynonym).toEqual(expect.arrayContaining(['h-store', 'h-appoint']))
        expect(ids(await search('营业厅', HQ_READER))).toContain('h-appoint')
        // 携转 → 携号转网.
        expect(ids(await search('携转', HQ_READER))).toContain('h-xhzw')
      })

      it('Latin terms match case-insensitively, full-width too', async () => {
        for (const q of ['volte', 'VOLTE', 'VoLTE', 'ＶｏＬＴＥ']) {
          expect(ids(await search(q, HQ_READER))[0], q).toBe('h-volte')
        }
        const viaSynonym = ids(await search('高清通话', HQ_READER))
        expect(viaSynonym[0]).toBe('h-volte')
      })

      it('a title match ranks above a body-only match', async () => {
        const found = ids(await search('国际漫游', HQ_READER))
        expect(found).toEqual(expect.arrayContaining(['h-roam', 'h-travel']))
        expect(found.indexOf('h-roam')).toBeLessThan(found.indexOf('h-travel'))
      })

      it('the document with the exact phrase ranks first', async () => {
        const found = ids(await search('宽带故障报修', HQ_READER))
        expect(found[0]).toBe('h-bb-exact')
        expect(found).toContain('h-bb-scattered')
      })

      it('hits are ordered by score', async () => {
        const { hits } = await search('携号转网', reader('成都'))
        expect(hits.length).toBeGreaterThan(1)
        for (let i = 1; i < hits.length; i++) {
          expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score)
        }
      })
    })

    describe('highlighting', () => {
      it('titleHighlighted wraps the matches in <mark>; the snippet is marked too', async () => {
        const hit = (await search('携号转网', HQ_READER)).hits.find((h) => h.id === 'h-xhzw')!
        expect(hit.titleHighlighted).toBe('<mark>携号转网</mark>办理条件')
        expect(hit.snippet).toContain('<mark>携号转网</mark>')
        const volte = (await search('volte', HQ_READER)).hits[0]!
        expect(volte.titleHighlighted).toContain('<mark>VoLTE</mark>')
      })

      it('HTML in document text comes back escaped', async () => {
        const result = await search('积分兑换', HQ_READER)
        const hit = result.hits.find((h) => h.id === 'h-html')!
        expect(hit, 'found the item with HTML in its title').toBeDefined()
        expect(hit.title).toBe('积分兑换<b>话费</b>规则')
        expect(hit.titleHighlighted).not.toContain('<b>')
        expect(hit.titleHighlighted).not.toContain('</b>')
        expect(hit.titleHighlighted).toContain('<mark>')
        expect(unescapeHtml(withoutMarks(hit.titleHighlighted))).toBe(hit.title)
        expect(hit.snippet).not.toContain('<script')
        expect(withoutMarks(hit.snippet)).not.toMatch(/[<>]/)
        expect(unescapeHtml(withoutMarks(hit.snippet))).toContain('<script>alert(1)</script>')
      })

      it('every highlighted title is the title, escaped, with marks only', async () => {
        for (const q of [...VISIBILITY_QUERIES, '停保', 'volte', '积分', '<b>']) {
          for (const hit of (await search(q, HQ_READER)).hits) {
            expect(withoutMarks(hit.titleHighlighted), `${q} ${hit.id}`).not.toMatch(/[<>]/)
            expect(unescapeHtml(withoutMarks(hit.titleHighlighted))).toBe(hit.title)
            expect(withoutMarks(hit.snippet), `${q} ${hit.id}`).not.toMatch(/[<>]/)
          }
        }
      })
    })

    describe('rebuild', () => {
      it('replaces the content of one index, with the new glossary, and searches work after it', async () => {
        const e = await fresh()
        await e.upsert('online_hall', ONLINE_HALL)
        await e.upsert('agent_kb', AGENT_KB)
        const settings: SearchSettings = {
          glossary: [...CONTRACT_SETTINGS.glossary, { term: '翼支付', synonyms: ['电子钱包'] }],
        }
        const replacement = [
          item('r-pay', HQ, 'billing', '翼支付账户开通', '下载客户端即可开通账户。', {
            tail: false,
          }),
          item('r-cloud', GUANGDONG, 'service', '天翼云盘扩容', '云盘空间不足时可购买扩容包。', {
            tail: false,
          }),
          {
            ...ONLINE_HALL.find((d) => d.id === 'h-xhzw')!,
            title: '携号转网新规',
            body: '新规实施后办理更便捷。',
          },
        ]
        await e.rebuild('online_hall', settings, async (write) => {
          await write(replacement.slice(0, 2))
          await write(replacement.slice(2))
        })
        expect((await e.stats('online_hall')).documents).toBe(3)
        // Only in the old index: gone.
        expect(ids(await search(EVERYWHERE, reader('广州'), {}, e))).toEqual([])
        expect(ids(await search('营业厅', HQ_READER, {}, e))).toEqual([])
        // The new documents, visibility still applied.
        expect(ids(await search('翼支付', HQ_READER, {}, e))).toEqual(['r-pay'])
        expect(ids(await search('扩容', HQ_READER, {}, e))).toEqual([])
        expect(ids(await search('扩容', reader('广东'), {}, e))).toEqual(['r-cloud'])
        const renewed = await search('携号转网', HQ_READER, {}, e)
        expect(ids(renewed)).toEqual(['h-xhzw'])
        expect(renewed.hits[0]!.title).toBe('携号转网新规')
        // The new glossary is in force.
        expect(ids(await search('电子钱包', HQ_READER, {}, e))).toEqual(['r-pay'])
        // The other index is untouched.
        expect((await e.stats('agent_kb')).documents).toBe(AGENT_KB.length)
        expect(ids(await searchAgents('携号转网', HQ_READER, e))).toContain('a-h-xhzw')
        // Writes after the rebuild land in the live index.
        await e.upsert('online_hall', [ONLINE_HALL.find((d) => d.id === 'h-invoice')!])
        expect(ids(await search('发票', HQ_READER, {}, e))).toEqual(['h-invoice'])
        expect((await e.stats('online_hall')).documents).toBe(4)
      })

      it('writes and deletes made while a rebuild is under way survive the swap', async () => {
        // The sync job keeps publishing and withdrawing items while an index is rebuilt: what it
        // wrote meanwhile must hold afterwards (a withdrawn item must not come back).
        const e = await fresh()
        const [a, b, c] = ['h-invoice', 'h-realname', 'h-lost'].map((id) =>
          ONLINE_HALL.find((d) => d.id === id)!,
        ) as [SearchDocument, SearchDocument, SearchDocument]
        await e.upsert('online_hall', [a, b])
        await e.rebuild('online_hall', CONTRACT_SETTINGS, async (write) => {
          await write([a, b])
          await e.upsert('online_hall', [c, { ...a, title: '电子发票申请新流程' }])
          await e.delete('online_hall', [b.id])
        })
        expect(sorted(ids(await search(EVERYWHERE, HQ_READER, {}, e)))).toEqual(
          sorted([a.id, c.id]),
        )
        const renamed = await search('发票', HQ_READER, {}, e)
        expect(renamed.hits.map((h) => h.title)).toEqual(['电子发票申请新流程'])
        expect((await e.stats('online_hall')).documents).toBe(2)
      })

      it('a failing fill leaves the live index as it was', async () => {
        const e = await fresh()
        await e.upsert('online_hall', ONLINE_HALL)
        await expect(
          e.rebuild('online_hall', CONTRACT_SETTINGS, async (write) => {
            await write([item('r-half', HQ, 'billing', '半途而废的重建', '不应出现。')])
            throw new Error('source went away')
          }),
        ).rejects.toThrow('source went away')
        expect((await e.stats('online_hall')).documents).toBe(ONLINE_HALL.length)
        expect(ids(await search('重建', HQ_READER, {}, e))).toEqual([])
        expect(ids(await search('携号转网', HQ_READER, {}, e))).toContain('h-xhzw')
      })
    })

    describe('hostile queries', () => {
      it('never throw and never leak, for ~300 generated queries', async () => {
        const queries = hostileQueries()
        expect(queries.length).toBe(300)
        const categories = [
          undefined,
          'cat-number',
          "' OR 1=1 --",
          'cat-number" OR categoryId EXISTS OR "',
          'cat-number\\',
        ]
        const failures: string[] = []
        let withHits = 0
        for (const [i, q] of queries.entries()) {
          const index: SearchIndexName = i % 4 === 3 ? 'agent_kb' : 'online_hall'
          const { label, reader: who } = READERS[i % READERS.length]!
          const channel: Channel | undefined =
            index === 'agent_kb'
              ? undefined
              : ([undefined, 'online_hall', 'self_service'] as const)[i % 3]
          const categoryId = i % 7 === 0 ? categories[(i / 7) % categories.length] : undefined
          const request: SearchRequest = {
            index,
            q,
            reader: who,
            channel,
            categoryId,
            limit: 10,
            offset: i % 11 === 0 ? 3 : 0,
          }
          const where = `${describeQuery(q)} on ${index} as ${label}`
          let result: SearchResult
          try {
            result = await engine.search(request)
          } catch (error) {
            failures.push(`${where}: threw ${String(error).slice(0, 200)}`)
            continue
          }
          const byId = fixtureById(index)
          if (!Array.isArray(result.hits)) {
            failures.push(`${where}: no hits array`)
            continue
          }
          if (result.hits.length > 0) withHits++
          if (!(Number.isFinite(result.total) && result.total >= result.hits.length)) {
            failures.push(`${where}: total ${result.total} for ${result.hits.length} hits`)
          }
          if (result.hits.length > request.limit) failures.push(`${where}: more than limit`)
          for (const hit of result.hits) {
            const doc = byId.get(hit.id)
            if (!doc) failures.push(`${where}: ${hit.id} is not in ${index}`)
            else if (!docVisibleTo(doc, who)) failures.push(`${where}: leaked ${hit.id}`)
            else if (channel && !doc.channels.includes(channel))
              failures.push(`${where}: ${hit.id} is not on ${channel}`)
            if (categoryId && hit.categoryId !== categoryId)
              failures.push(`${where}: ${hit.id} is outside category ${categoryId}`)
            if (/[<>]/.test(withoutMarks(hit.titleHighlighted) + withoutMarks(hit.snippet)))
              failures.push(`${where}: unescaped HTML in ${hit.id}`)
          }
          const visible = CONTRACT_FIXTURE[index].filter((d) => docVisibleTo(d, who))
          for (const [category, count] of Object.entries(result.categoryFacets)) {
            const most = visible.filter((d) => d.categoryId === category).length
            if (!(Number.isInteger(count) && count >= 0 && count <= most))
              failures.push(`${where}: facet ${category}=${count}, at most ${most} visible`)
          }
        }
        expect(failures).toEqual([])
        // Some hostile queries contain real words: the checks above saw real hits.
        expect(withHits).toBeGreaterThan(30)
      }, 240_000)
    })
  })
}
