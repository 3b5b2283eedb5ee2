/**
 * The embedded engine's pure helpers: FTS5 query building, the analyzer (jieba + glossary),
 * pinyin keys, highlighting, and the re-ranker.
 */
import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  type Alternative,
  alternativeExpression,
  matchExpression,
  quote,
  weightedArms,
} from '@search/embedded/ftsQuery'
import { retrievalPlan } from '@search/embedded/retrievalPlan'
import {
  type CandidateText,
  type RankedGroup,
  groupsFound,
  hanBigrams,
  relevance,
} from '@search/embedded/rank'
import { RANK_WEIGHTS } from '@search/embedded/tuning'
import { analyzerFor } from '@search/text/analyzer'
import { highlight, snippet } from '@search/text/highlight'
import { pinyinKeysOf, syllablesOf } from '@search/text/pinyin'
import type { GlossaryEntry } from '@search/types'

const GLOSSARY: GlossaryEntry[] = [
  { term: '携号转网', synonyms: ['携转', '转网'] },
  { term: '停机保号', synonyms: ['停保'] },
  { term: '营业厅', synonyms: ['门店'] },
  { term: 'VoLTE', synonyms: ['高清通话'] },
]

const words = (...tokens: string[]): Alternative => ({ kind: 'words', tokens, weight: 1 })

describe('ftsQuery', () => {
  it('quote wraps in double quotes and doubles inner quotes', () => {
    expect(quote('携号转网')).toBe('"携号转网"')
    expect(quote('a"b')).toBe('"a""b"')
    expect(quote('"')).toBe('""""')
    expect(quote('""')).toBe('""""""')
    expect(quote('')).toBe('""')
  })

  it('keeps FTS5 operators inside the quotes', () => {
    for (const operator of ['NEAR(', 'OR', 'AND', 'NOT', '*', '-', '^', ':', 'col:', '{', '}']) {
      expect(quote(operator)).toBe(`"${operator}"`)
    }
    expect(quote('a" OR "b')).toBe('"a"" OR ""b"')
  })

  it('builds one expression per kind of alternative', () => {
    expect(alternativeExpression(words('携号', '转网'))).toBe('{title body} : ("携号" AND "转网")')
    expect(alternativeExpression({ kind: 'syllables', syllables: ['xie', 'hao'], weight: 1 })).toBe(
      'pinyin : "xie hao"',
    )
    expect(alternativeExpression({ kind: 'pinyinPrefix', key: 'xhzw', weight: 1 })).toBe(
      'pinyin : "xhzw" *',
    )
  })

  it('ORs alternatives and groups; empty groups give nothing, no groups give null', () => {
    expect(matchExpression([])).toBeNull()
    expect(matchExpression([[], []])).toBeNull()
    expect(matchExpression([[], [words('宽带')], []])).toBe('({title body} : ("宽带"))')
    expect(matchExpression([[words('宽带'), words('光纤')], [words('报修')]])).toBe(
      '({title body} : ("宽带") OR {title body} : ("光纤")) OR ({title body} : ("报修"))',
    )
  })

  it('weighs each alternative by the word it stands for, its own weight and the field', () => {
    const fields = { title: 4, body: 1, pinyin: 1.5 }
    const synonym: Alternative = { kind: 'words', tokens: ['携转'], weight: 0.6 }
    const key: Alternative = { kind: 'pinyinPrefix', key: 'kuandai', weight: 0.8 }
    expect(
      weightedArms(
        [
          { alternatives: [words('携号转网'), synonym], idf: 2 },
          { alternatives: [key], idf: 3 },
        ],
        fields,
      ),
    ).toEqual([
      { group: 0, match: '{title body} : ("携号转网")', score: 2 },
      { group: 0, match: 'title : ("携号转网")', score: 8 },
      { group: 0, match: '{title body} : ("携转")', score: 2 * 0.6 },
      { group: 0, match: 'title : ("携转")', score: 2 * 0.6 * 4 },
      // Pinyin is the title's: one lookup, at pinyin's weight.
      { group: 1, match: 'pinyin : "kuandai" *', score: 3 * 0.8 * 1.5 },
    ])
    expect(weightedArms([], fields)).toEqual([])
  })

  describe('against FTS5 itself', () => {
    const db = createClient({ url: ':memory:' })
    beforeAll(async () => {
      await db.execute(
        `CREATE VIRTUAL TABLE t USING fts5(title, body, pinyin, tokenize='unicode61 remove_diacritics 2')`,
      )
      await db.execute({
        sql: 'INSERT INTO t (rowid, title, body, pinyin) VALUES (1, ?, ?, ?), (2, ?, ?, ?)',
        args: [
          'near or and not',
          '携号转网 办理',
          'xie hao zhuan wang xhzw',
          '其他',
          '停机',
          'ting ji',
        ],
      })
    })
    afterAll(() => db.close())

    const matching = async (groups: Alternative[][]) => {
      const match = matchExpression(groups)
      if (match === null) return null
      const { rows } = await db.execute({
        sql: 'SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid',
        args: [match],
      })
      return rows.map((r) => Number(r.rowid))
    }

    it('reads operators and stray syntax as text, never as syntax', async () => {
      const hostile = [
        'NEAR(',
        'NEAR(a b)',
        'OR',
        'AND',
        'NOT',
        '*',
        '-',
        '^',
        ':',
        'col:',
        'title:',
        '{',
        '}',
        '(',
        ')',
        '"',
        '""',
        "'; DROP TABLE t; --",
      ]
      for (const word of hostile) {
        await expect(matching([[words(word)]]), word).resolves.toBeDefined()
      }
      // `or` and `near` are words of row 1's title, not operators.
      expect(await matching([[words('OR')]])).toEqual([1])
      expect(await matching([[words('NEAR(')]])).toEqual([1])
      expect(await matching([[words('NOT')], [words('停机')]])).toEqual([1, 2])
      expect(await db.execute('SELECT count(*) AS n FROM t')).toMatchObject({ rows: [{ n: 2 }] })
    })

    // FTS5 reads its query as a C string: a NUL inside a quoted word ends the query there and the
    // parser fails with "unterminated string". The analyzer's segmentation drops NUL today, so the
    // engine does not reach this, but `quote` promises to take any text.
    it('reads a NUL character inside a word as text too', async () => {
      for (const word of ['\0', 'a\0b', '携号\0转网']) {
        await expect(matching([[words(word)]]), JSON.stringify(word)).resolves.toBeDefined()
      }
    })

    it('matches words in title and body, syllables and pinyin prefixes in pinyin', async () => {
      expect(await matching([[words('携号转网', '办理')]])).toEqual([1])
      expect(await matching([[words('携号转网', '停机')]])).toEqual([])
      expect(
        await matching([[{ kind: 'syllables', syllables: ['hao', 'zhuan'], weight: 1 }]]),
      ).toEqual([1])
      expect(
        await matching([[{ kind: 'syllables', syllables: ['zhuan', 'hao'], weight: 1 }]]),
      ).toEqual([])
      expect(await matching([[{ kind: 'pinyinPrefix', key: 'xhz', weight: 1 }]])).toEqual([1])
      // Text columns only for words: pinyin is not searched as text.
      expect(await matching([[words('xhzw')]])).toEqual([])
    })

    it('with every, needs some alternative of each group; with title columns, in the title', async () => {
      const run = async (match: string | null) =>
        (
          await db.execute({
            sql: 'SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid',
            args: [match],
          })
        ).rows.map((r) => Number(r.rowid))
      const groups = [[words('携号转网'), words('其他')], [words('办理')]]
      expect(await run(matchExpression(groups))).toEqual([1, 2])
      expect(await run(matchExpression(groups, { every: true }))).toEqual([1])
      expect(await run(matchExpression(groups, { every: true, columns: 'title' }))).toEqual([])
      expect(await run(matchExpression([[words('其他')]], { columns: 'title' }))).toEqual([2])
      expect(await run(matchExpression([[words('停机')]], { columns: 'title' }))).toEqual([])
    })
  })
})

describe('retrievalPlan', () => {
  const syllables: Alternative = { kind: 'syllables', syllables: ['kuan', 'dai'], weight: 0.7 }
  const parts = words('投诉', '升级')
  const group = (word: string, documents: number, ...more: Alternative[]): RankedGroup => ({
    alternatives: [words(word), ...more],
    idf: 1,
    documents,
  })

  it('lets every alternative of every word pick on a small index', () => {
    const groups = [group('宽带', 4000, syllables), group('报修', 10)]
    expect(retrievalPlan(groups, 4999)).toEqual({ kind: 'bm25', groups })
  })

  it('on a large index, the rarest words pick, weighted, as many as the budget of matches allows', () => {
    const plan = retrievalPlan(
      [group('号码', 70_000), group('报修', 700), group('携转', 400), group('宽代', 0)],
      100_000,
    )
    expect(plan.kind).toBe('weighted')
    // 1% of 100,000: 宽代 (0) + 携转 (400) fit, 报修 (700) would pass 1,000.
    expect(plan.groups.map((g) => g.alternatives[0])).toEqual([words('宽代'), words('携转')])
  })

  it('a word found as written picks by itself and one-word synonyms; a missing one by its pinyin key', () => {
    const plan = retrievalPlan(
      [group('投诉升级', 300, words('升级处理'), parts, syllables), group('宽代', 0, syllables)],
      100_000,
    )
    expect(plan.groups.map((g) => g.alternatives)).toEqual([
      [words('宽代'), { kind: 'pinyinPrefix', key: 'kuandai', weight: 0.7 }],
      [words('投诉升级'), words('升级处理')],
    ])
  })

  it('on a large index, a query of common words only picks the newest matches', () => {
    const plan = retrievalPlan([group('号码', 70_000), group('办理', 60_000, syllables)], 100_000)
    expect(plan).toEqual({ kind: 'newest', groups: [group('号码', 70_000), group('办理', 60_000)] })
  })
})

describe('analyzer', () => {
  const analyzer = analyzerFor(GLOSSARY)
  const terms = (q: string) => analyzer.analyzeQuery(q).terms.map((t) => t.text)

  it('keeps a glossary word whole, which segmentation alone would split', () => {
    expect(terms('携号转网')).toEqual(['携号转网'])
    expect(terms('停机保号')).toEqual(['停机保号'])
    expect(analyzer.tokens('携号转网办理条件')).toContain('携号转网')
    expect(analyzer.tokens('停机保号办理说明')).toContain('停机保号')
    // Without the glossary jieba splits them: the dictionary is what keeps them whole.
    const plain = analyzerFor([])
    expect(plain.analyzeQuery('携号转网').terms.map((t) => t.text)).toEqual(['携号', '转网'])
    expect(plain.tokens('停机保号')).not.toContain('停机保号')
  })

  it('drops stopwords, but keeps a query of nothing but stopwords', () => {
    expect(terms('怎么办理携号转网')).toEqual(['办理', '携号转网'])
    expect(terms('请问我的宽带为什么')).toEqual(['宽带'])
    expect(terms('怎么')).toEqual(['怎么'])
    expect(terms('我的怎么')).toEqual(['我的', '怎么'])
  })

  it('gives synonyms both ways within a glossary entry', () => {
    const synonymsOf = (q: string) =>
      analyzer.analyzeQuery(q).terms[0]!.synonyms.map((s) => s.join(''))
    expect(synonymsOf('停保')).toEqual(['停机保号'])
    expect(synonymsOf('停机保号')).toEqual(['停保'])
    expect(synonymsOf('门店')).toEqual(['营业厅'])
    expect(synonymsOf('营业厅')).toEqual(['门店'])
    expect(synonymsOf('volte')).toEqual(['高清通话'])
    expect(synonymsOf('高清通话')).toEqual(['volte'])
    expect(synonymsOf('携号转网').sort()).toEqual(['携转', '转网'].sort())
    expect(synonymsOf('携转').sort()).toEqual(['携号转网', '转网'].sort())
    expect(synonymsOf('转网').sort()).toEqual(['携号转网', '携转'].sort())
    expect(synonymsOf('宽带')).toEqual([])
  })

  it('merges consecutive single Han characters into one word', () => {
    const query = analyzer.analyzeQuery('取 销')
    expect(query.terms.map((t) => t.text)).toEqual(['取销'])
    expect(query.terms[0]!.syllables).toEqual(['qu', 'xiao'])
    expect(query.phrase).toBe('取销')
    // A single character next to a longer word stays alone.
    expect(terms('宽带 修')).toEqual(['宽带', '修'])
  })

  it('lower-cases Latin and folds full-width characters', () => {
    for (const q of ['ＶｏＬＴＥ', 'VoLTE', 'VOLTE', 'volte']) {
      const query = analyzer.analyzeQuery(q)
      expect(query.phrase, q).toBe('volte')
      expect(query.terms, q).toEqual([
        { text: 'volte', synonyms: [['高清通话']], syllables: [], latin: true },
      ])
    }
    expect(analyzer.tokens('ＶｏＬＴＥ高清通话')).toEqual(
      expect.arrayContaining(['volte', '高清通话']),
    )
    expect(terms('５Ｇ套餐')).toEqual(['5g', '套餐'])
  })

  it('gives no terms for empty, blank or punctuation-only queries', () => {
    for (const q of ['', '   ', '\u3000', '，。！？', '"*()']) {
      expect(analyzer.analyzeQuery(q).terms, JSON.stringify(q)).toEqual([])
    }
  })

  it('highlights every surface form, longest first', () => {
    const forms = analyzer.highlightTerms(analyzer.analyzeQuery('携号转网'))
    expect(forms.sort()).toEqual(['携号转网', '携转', '转网'].sort())
    const ordered = analyzer.highlightTerms(analyzer.analyzeQuery('携号转网'))
    expect(ordered[0]).toBe('携号转网')
    for (let i = 1; i < ordered.length; i++) {
      expect(ordered[i - 1]!.length).toBeGreaterThanOrEqual(ordered[i]!.length)
    }
  })

  it('writes title pinyin as syllables plus each word’s full pinyin and initials', () => {
    const keys = analyzer.titlePinyin('携号转网办理')
    expect(keys).toEqual(
      expect.arrayContaining(['xie', 'hao', 'zhuan', 'wang', 'xiehaozhuanwang', 'xhzw', 'banli']),
    )
  })

  it('writes keys of a long word’s parts too, and its syllables once, in title order', () => {
    const keys = analyzer.titlePinyin('停机保号规则')
    expect(keys).toEqual(expect.arrayContaining(['tingjibaohao', 'tjbh', 'tingji', 'tj']))
    expect(keys.slice(0, 6)).toEqual(['ting', 'ji', 'bao', 'hao', 'gui', 'ze'])
    expect(keys.filter((key) => key === 'ting')).toHaveLength(1)
  })
})

describe('pinyin', () => {
  it('gives full pinyin and initials of a word', () => {
    expect(pinyinKeysOf('携号转网')).toEqual(['xiehaozhuanwang', 'xhzw'])
    expect(pinyinKeysOf('营业厅')).toEqual(['yingyeting', 'yyt'])
  })

  it('gives nothing for single characters and non-Han words', () => {
    expect(pinyinKeysOf('携')).toEqual([])
    expect(pinyinKeysOf('volte')).toEqual([])
    expect(pinyinKeysOf('')).toEqual([])
  })

  it('gives toneless syllables of Han characters only', () => {
    expect(syllablesOf('携号')).toEqual(['xie', 'hao'])
    expect(syllablesOf('绿色')).toEqual(['lv', 'se'])
    expect(syllablesOf('携号a转')).toEqual(['xie', 'hao', 'zhuan'])
    expect(syllablesOf('5g')).toEqual([])
  })
})

describe('highlight and snippet', () => {
  it('escapes HTML everywhere', () => {
    expect(highlight(`<b>"x" & 'y'</b>`, [])).toBe(
      '&#60;b&#62;&#34;x&#34; &#38; &#39;y&#39;&#60;/b&#62;',
    )
    expect(highlight('<script>携号转网</script>', ['携号转网'])).toBe(
      '&#60;script&#62;<mark>携号转网</mark>&#60;/script&#62;',
    )
    // A match on markup is escaped inside the mark.
    expect(highlight('a<b>c', ['<b>'])).toBe('a<mark>&#60;b&#62;</mark>c')
  })

  it('marks every match, longest alternative first', () => {
    expect(highlight('办理携号转网', ['携号转网'])).toBe('办理<mark>携号转网</mark>')
    expect(highlight('携号转网与转网', ['携号转网', '转网'])).toBe(
      '<mark>携号转网</mark>与<mark>转网</mark>',
    )
    expect(highlight('宽带', ['携号'])).toBe('宽带')
  })

  it('matches case-insensitively and through full-width forms, marking the original text', () => {
    expect(highlight('VoLTE开通', ['volte'])).toBe('<mark>VoLTE</mark>开通')
    expect(highlight('ＶｏＬＴＥ开通', ['volte'])).toBe('<mark>ＶｏＬＴＥ</mark>开通')
  })

  it('treats terms as text, not as regular expressions', () => {
    expect(highlight('a+b aab', ['a+b'])).toBe('<mark>a+b</mark> aab')
    expect(highlight('x.y xzy', ['x.y'])).toBe('<mark>x.y</mark> xzy')
    expect(highlight('(a)', ['('])).toBe('<mark>(</mark>a)')
  })

  it('marks nothing rather than the wrong place when folding changes lengths', () => {
    expect(highlight('ﬁ携号<', ['携号'])).toBe('ﬁ携号&#60;')
  })

  it('snippet: whole short text, no ellipsis', () => {
    expect(snippet('携号转网办理', ['办理'])).toBe('携号转网<mark>办理</mark>')
    expect(snippet('<i>短</i>', [])).toBe('&#60;i&#62;短&#60;/i&#62;')
  })

  it('snippet: a window around the first match, with ellipses where text was cut', () => {
    const text = `${'前'.repeat(200)}携号转网${'后'.repeat(200)}`
    const out = snippet(text, ['携号转网'])
    expect(out.startsWith('…')).toBe(true)
    expect(out.endsWith('…')).toBe(true)
    expect(out).toContain('<mark>携号转网</mark>')
    const visible = out.replace(/<\/?mark>/g, '').replace(/…/g, '')
    expect(visible).toHaveLength(90)
    // The match sits in the window's first quarter or so, not at its edge.
    expect(visible.indexOf('携号转网')).toBeGreaterThan(10)
    expect(visible.indexOf('携号转网')).toBeLessThan(45)
  })

  it('snippet: no leading ellipsis near the start, none trailing near the end', () => {
    const atStart = snippet(`携号转网${'后'.repeat(200)}`, ['携号转网'])
    expect(atStart.startsWith('<mark>携号转网</mark>')).toBe(true)
    expect(atStart.endsWith('…')).toBe(true)
    const atEnd = snippet(`${'前'.repeat(200)}携号转网`, ['携号转网'])
    expect(atEnd.startsWith('…')).toBe(true)
    expect(atEnd.endsWith('<mark>携号转网</mark>')).toBe(true)
    expect(atEnd.replace(/<\/?mark>/g, '').replace(/…/g, '')).toHaveLength(90)
    const noMatch = snippet('字'.repeat(200), ['携号'])
    expect(noMatch).toBe(`${'字'.repeat(90)}…`)
  })

  it('snippet: escapes and honours the length', () => {
    const out = snippet(`${'a'.repeat(50)}<携号>${'b'.repeat(50)}`, ['携号'], 20)
    expect(out).toContain('&#60;<mark>携号</mark>&#62;')
    expect(out).not.toMatch(/<(?!\/?mark>)/)
    expect(
      out
        .replace(/<\/?mark>/g, '')
        .replace(/&#\d+;/g, '_')
        .replace(/…/g, ''),
    ).toHaveLength(20)
  })
})

describe('rank', () => {
  const candidate = (overrides: Partial<CandidateText>): CandidateText => ({
    titleTokens: new Set(),
    bodyTokens: new Set(),
    titlePinyin: '  ',
    titleText: '',
    bodyText: '',
    locality: 0,
    bm25: -1,
    ...overrides,
  })
  const group = (idf: number, ...alternatives: Alternative[]): RankedGroup => ({
    alternatives,
    idf,
    documents: 1,
  })
  const noBigrams = new Set<string>()

  it('hanBigrams lists adjacent Han pairs of each run', () => {
    expect([...hanBigrams('携号转网')]).toEqual(['携号', '号转', '转网'])
    expect([...hanBigrams('5G套餐 宽带')].sort()).toEqual(['套餐', '宽带'].sort())
    expect(hanBigrams('volte').size).toBe(0)
  })

  it('a candidate covering all groups in the title outranks one covering them in the body', () => {
    const groups = [group(1.2, words('携号转网')), group(0.5, words('办理'))]
    const inTitle = candidate({
      titleTokens: new Set(['携号转网', '办理']),
      bodyTokens: new Set(['其他']),
    })
    const inBody = candidate({
      titleTokens: new Set(['其他']),
      bodyTokens: new Set(['携号转网', '办理']),
    })
    const title = relevance(inTitle, groups, '', noBigrams, -1)
    const body = relevance(inBody, groups, '', noBigrams, -1)
    expect(title).toBeGreaterThan(body)
    expect(title - body).toBeCloseTo(RANK_WEIGHTS.titleCoverage)

    // Still so with the phrase and bigram bonuses in play, each where its text is.
    const phrase = '携号转网办理'
    const bigrams = hanBigrams(phrase)
    expect(
      relevance({ ...inTitle, titleText: phrase }, groups, phrase, bigrams, -1),
    ).toBeGreaterThan(relevance({ ...inBody, bodyText: phrase }, groups, phrase, bigrams, -1))
  })

  it('covering the whole query beats covering part of it', () => {
    const groups = [group(1, words('宽带')), group(1, words('报修'))]
    const both = candidate({ bodyTokens: new Set(['宽带', '报修']) })
    const one = candidate({ titleTokens: new Set(['宽带']), bodyTokens: new Set(['宽带']) })
    expect(relevance(both, groups, '', noBigrams, -1)).toBeGreaterThan(
      relevance({ ...one, bm25: -0.5 }, groups, '', noBigrams, -1),
    )
  })

  it('a rare word counts more than a common one', () => {
    const groups = [group(3, words('携转')), group(0.2, words('办理'))]
    const rare = candidate({ bodyTokens: new Set(['携转']) })
    const common = candidate({ bodyTokens: new Set(['办理']) })
    expect(relevance(rare, groups, '', noBigrams, -1)).toBeGreaterThan(
      relevance(common, groups, '', noBigrams, -1),
    )
  })

  it('an exact word outranks a synonym, a synonym a homophone in the title pinyin', () => {
    const groups = [
      group(
        1,
        words('停保'),
        { kind: 'words', tokens: ['停机保号'], weight: 0.9 },
        { kind: 'syllables', syllables: ['ting', 'bao'], weight: 0.7 },
      ),
    ]
    const exact = relevance(candidate({ bodyTokens: new Set(['停保']) }), groups, '', noBigrams, -1)
    const synonym = relevance(
      candidate({ bodyTokens: new Set(['停机保号']) }),
      groups,
      '',
      noBigrams,
      -1,
    )
    const homophone = relevance(
      candidate({ titlePinyin: ' ting bao tingbao tb ' }),
      groups,
      '',
      noBigrams,
      -1,
    )
    const nothing = relevance(candidate({}), groups, '', noBigrams, -1)
    expect(exact).toBeGreaterThan(synonym)
    expect(synonym).toBeGreaterThan(nothing)
    expect(homophone).toBeGreaterThan(nothing)
    // Syllables count in the title pinyin only, never in the body.
    expect(
      relevance(candidate({ bodyTokens: new Set(['ting', 'bao']) }), groups, '', noBigrams, -1),
    ).toBe(nothing)
  })

  it('the exact phrase adds, in the title more than in the body', () => {
    const groups = [group(1, words('宽带')), group(1, words('故障'))]
    const base = candidate({ titleTokens: new Set(['宽带', '故障']) })
    const phrase = '宽带故障'
    const none = relevance(base, groups, phrase, noBigrams, -1)
    const inBody = relevance({ ...base, bodyText: '家庭宽带故障' }, groups, phrase, noBigrams, -1)
    const inTitle = relevance({ ...base, titleText: '宽带故障报修' }, groups, phrase, noBigrams, -1)
    expect(inTitle).toBeGreaterThan(inBody)
    expect(inBody).toBeGreaterThan(none)
    // One character is no phrase.
    expect(relevance({ ...base, titleText: '宽' }, groups, '宽', noBigrams, -1)).toBe(
      relevance(base, groups, '宽', noBigrams, -1),
    )
  })

  it('a phrase typed in pinyin counts in the title when it is a key of a title word', () => {
    // `kuan dai`: each syllable a word, the phrase one of the title's keys.
    const groups = [
      group(1, { kind: 'pinyinPrefix', key: 'kuan', weight: 0.8 }),
      group(1, { kind: 'pinyinPrefix', key: 'dai', weight: 0.8 }),
    ]
    const word = candidate({ titlePinyin: ' kuan dai gu zhang kuandai kd guzhang gz ' })
    const apart = candidate({ titlePinyin: ' kuan shi dai kuan kuanshi ks daikuan dk ' })
    const score = (c: CandidateText) => relevance(c, groups, 'kuandai', noBigrams, -1)
    expect(score(word) - score(apart)).toBeCloseTo(RANK_WEIGHTS.phraseInTitle)
    // A key's start is no phrase.
    expect(score({ ...word, titlePinyin: ' kuan dai kuandaiyewu kdyw ' })).toBe(score(apart))
  })

  it('locality adds: the reader’s city before the province before HQ', () => {
    const groups = [group(1, words('营业厅'))]
    const base = candidate({ titleTokens: new Set(['营业厅']) })
    const hq = relevance(base, groups, '', noBigrams, -1)
    const province = relevance({ ...base, locality: 1 }, groups, '', noBigrams, -1)
    const city = relevance({ ...base, locality: 2 }, groups, '', noBigrams, -1)
    expect(province).toBeGreaterThan(hq)
    expect(city).toBeGreaterThan(province)
    expect(city - hq).toBeCloseTo(2 * RANK_WEIGHTS.locality)
  })

  it('a better bm25 adds, relative to the best candidate', () => {
    const groups = [group(1, words('套餐'))]
    const base = candidate({ bodyTokens: new Set(['套餐']) })
    const best = relevance({ ...base, bm25: -4 }, groups, '', noBigrams, -4)
    const worse = relevance({ ...base, bm25: -1 }, groups, '', noBigrams, -4)
    expect(best - worse).toBeCloseTo(RANK_WEIGHTS.bm25 * 0.75)
  })

  it('groupsFound keeps the groups some candidate contains', () => {
    const found = group(1, words('宽带'))
    const debris = group(1, words('好几个'))
    const pinyinOnly = group(1, { kind: 'pinyinPrefix', key: 'kd', weight: 0.8 })
    const candidates = [candidate({ bodyTokens: new Set(['宽带']), titlePinyin: ' kuan dai kd ' })]
    expect(groupsFound(candidates, [found, debris, pinyinOnly])).toEqual([found, pinyinOnly])
    expect(groupsFound([], [found])).toEqual([])
  })
})
