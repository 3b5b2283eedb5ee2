/**
 * Web benchmark of the served app: the online hall's area page, an FAQ page, its entry `/` (a first
 * visit's chooser, `entry`, and a returning visitor's redirect, `entry-returning`) and the hall search
 * API under load, each beside a reference measured in the same run on the same server. The search
 * API twice: `search` asks a hall's popular questions, which repeat (the engine answers them from
 * its result cache after the first time); `search-uncached` asks searches that never repeat within
 * the cache's reach, so each is computed (the cache's worst case).
 *
 *   npm run bench:web [-- --duration 10 --connections 10,50 --rounds 5]
 *
 * Starts `npm run demo` (which runs `next build` first when the build is missing or older than the
 * sources, seeds the demo data into a temporary database and serves it with `next start` on a free
 * port), waits until the search index has caught up, then drives it with autocannon. References:
 *
 *  - pages: the cheapest constant page the app serves — an address no route matches, answered with
 *    the build's prerendered (○ static) `/_not-found` page (HTTP 404, which counts as success there;
 *    `/robots.txt` is not static: it is rendered per request);
 *  - search: Payload's own REST read of one item, `GET /api/knowledge/<id>`.
 *
 * One line per measurement on stdout:
 *   bench target=… conns=… rps=… p50_ms=… p95_ms=… errors=… vs_ref=… timeouts=… bytes=… path=… statuses=…
 * rps counts responses with the expected status per second of the run; p50/p95 are exact
 * percentiles of those responses' latencies (recorded one by one, not autocannon's p97.5); errors
 * are responses with another status plus socket errors and timeouts; vs_ref = rps / the
 * reference's rps at the same connection count. A reference and its targets are measured in
 * turns (see measureInTurns), each address warmed up first. Progress goes to stderr.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import autocannon, { type Request } from 'autocannon'

import { MAX_RESULTS } from '@search/embedded/resultCache'
import { AREA_COOKIE } from '@/site/hall/paths'
import { startDemo } from '@test/helpers/demoServer'
import { waitUntilIndexed } from '@test/helpers/siteData'

// Node's own parser; an unknown flag stops the run with a message.
const { values: options } = parseArgs({
  options: {
    duration: { type: 'string' },
    connections: { type: 'string' },
    rounds: { type: 'string' },
  },
})

const DURATION_S = Number(options.duration ?? 10)
const CONNECTIONS = (options.connections ?? '10,50').split(',').map(Number)
/** Per address before measuring: long enough for the server's JIT to settle on its code. */
const WARMUP_S = 5
const ROUNDS = Number(options.rounds ?? 5)
const DRAIN_MS = 1000
const PROVINCE = '440000'
/** A path no route matches: served from the prerendered static not-found page. */
const REFERENCE_PAGE = '/bench-static-reference'
/** A hall's popular questions, taken in turn (each search is also logged, as in production). */
const QUERIES = [
  '携号转网',
  '宽带',
  '套餐变更',
  '流量加油包',
  '话费发票',
  '国际漫游',
  '补换SIM卡',
  '停机保号',
  '营业厅几点开门',
  '投诉处理',
  '积分兑换',
  '5G',
  '宽带报修',
  '欠费停机',
  '副卡',
  '忘记服务密码',
]

/** The 31 provinces of the mainland (GB/T 2260): the hall serves them all, national FAQs at least. */
const PROVINCES = [
  '110000',
  '120000',
  '130000',
  '140000',
  '150000',
  '210000',
  '220000',
  '230000',
  '310000',
  '320000',
  '330000',
  '340000',
  '350000',
  '360000',
  '370000',
  '410000',
  '420000',
  '430000',
  '440000',
  '450000',
  '460000',
  '500000',
  '510000',
  '520000',
  '530000',
  '540000',
  '610000',
  '620000',
  '630000',
  '640000',
  '650000',
]
/** Searches as real users type them (the relevance data set's), asked in every province. */
const EVAL_QUERIES = path.resolve(import.meta.dirname, '../../../shared/eval/queries-dev.jsonl')

const searchPath = (q: string, province: string) =>
  `/api/kb/search?q=${encodeURIComponent(q)}&province=${province}`

/**
 * Searches none of which repeats within the engine's result cache's reach: each of the data set's
 * queries in each province, taken in turn. The cache holds MAX_RESULTS, forgets the least recently
 * used, and this cycle is at least twice as long, so every search here is computed.
 */
function uncachedSearchPaths(): string[] {
  const queries = readFileSync(EVAL_QUERIES, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { q: string }).q)
  const paths = [...new Set(queries)].flatMap((q) =>
    PROVINCES.map((province) => searchPath(q, province)),
  )
  if (paths.length < 2 * MAX_RESULTS)
    throw new Error(`${paths.length} uncached searches: the cache holds ${MAX_RESULTS}`)
  return paths
}

const log = (message: string) => process.stderr.write(`[bench:web] ${message}\n`)

type Target = {
  name: string
  path: string
  requests?: Request[]
  headers?: Record<string, string>
  expect: number
}
type Measurement = {
  rps: number
  p50: number
  p95: number
  errors: number
  timeouts: number
  /** Mean response size (bytes) of the expected responses. */
  bytes: number
  statuses: string
}

/** A target that asks its paths one after the other, over and over. */
function inTurn(name: string, paths: string[]): Target {
  let turn = 0
  return {
    name,
    path: paths[0]!,
    expect: 200,
    requests: [
      {
        method: 'GET',
        setupRequest: (request: Request) => ({ ...request, path: paths[turn++ % paths.length]! }),
      },
    ],
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

type Sample = {
  latencies: number[]
  unexpected: number
  errors: number
  timeouts: number
  bytes: number
  seconds: number
  statuses: Map<string, number>
}

async function sample(url: string, target: Target, connections: number, duration: number) {
  const result: Sample = {
    latencies: [],
    unexpected: 0,
    errors: 0,
    timeouts: 0,
    bytes: 0,
    seconds: 0,
    statuses: new Map(),
  }
  const started = Date.now()
  const instance = autocannon({
    url: `${url}${target.path}`,
    connections,
    duration,
    timeout: 10,
    ...(target.requests ? { requests: target.requests } : {}),
    ...(target.headers ? { headers: target.headers } : {}),
  })
  instance.on('response', (_client, status, size, ms) => {
    if (status === target.expect) {
      result.latencies.push(ms)
      result.bytes += size
    } else result.unexpected += 1
  })
  const done = await instance
  result.seconds = (Date.now() - started) / 1000
  result.errors = done.errors
  result.timeouts = done.timeouts
  for (const [code, { count }] of Object.entries(done.statusCodeStats)) {
    result.statuses.set(code, count)
  }
  return result
}

/** One measurement from the rounds of one target: counts added up, percentiles over them all. */
function summarize(samples: Sample[]): Measurement {
  const latencies = samples.flatMap((s) => s.latencies).sort((a, b) => a - b)
  const seconds = samples.reduce((sum, s) => sum + s.seconds, 0)
  const statuses = new Map<string, number>()
  for (const s of samples) {
    for (const [code, count] of s.statuses) statuses.set(code, (statuses.get(code) ?? 0) + count)
  }
  return {
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    errors: samples.reduce((sum, s) => sum + s.unexpected + s.errors, 0),
    timeouts: samples.reduce((sum, s) => sum + s.timeouts, 0),
    bytes: latencies.length ? samples.reduce((sum, s) => sum + s.bytes, 0) / latencies.length : 0,
    statuses: [...statuses].map(([code, count]) => `${code}:${count}`).join(','),
  }
}

/**
 * Measures a reference and the targets compared with it in turns (reference, targets, reference,
 * …), DURATION_S / ROUNDS seconds each time: this machine's speed drifts within a run, and a
 * target measured only after its reference would carry the drift into its ratio.
 */
async function measureInTurns(url: string, targets: Target[], connections: number) {
  const samples = targets.map((): Sample[] => [])
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, target] of targets.entries()) {
      samples[i]!.push(await sample(url, target, connections, DURATION_S / ROUNDS))
      // autocannon stops with requests still queued in the server: they must not run into the
      // next turn's measurement.
      await new Promise((resolve) => setTimeout(resolve, DRAIN_MS))
    }
  }
  return samples.map(summarize)
}

function line(target: Target, connections: number, m: Measurement, ref?: Measurement) {
  const fields = [
    `bench target=${target.name}`,
    `conns=${connections}`,
    `rps=${m.rps.toFixed(1)}`,
    `p50_ms=${m.p50.toFixed(1)}`,
    `p95_ms=${m.p95.toFixed(1)}`,
    `errors=${m.errors}`,
    `vs_ref=${ref ? (m.rps / ref.rps).toFixed(3) : '1'}`,
    `timeouts=${m.timeouts}`,
    `bytes=${Math.round(m.bytes)}`,
    `path=${target.path}`,
    `statuses=${m.statuses}`,
  ]
  console.log(fields.join(' '))
}

async function main() {
  log('starting npm run demo (builds if needed, seeds a temporary database) …')
  const started = Date.now()
  const demo = await startDemo()
  let stopped = false
  const stop = async () => {
    if (stopped) return
    stopped = true
    log('stopping the server (its process group)')
    await demo.stop()
  }
  process.on('SIGINT', () => void stop().then(() => process.exit(130)))
  try {
    log(`serving at ${demo.url} after ${((Date.now() - started) / 1000).toFixed(0)} s`)
    const indexed = await waitUntilIndexed(demo.url)
    log(`search index caught up (${indexed} ms)`)

    const hall = await fetch(`${demo.url}/hall/${PROVINCE}`)
    if (hall.status !== 200) throw new Error(`/hall/${PROVINCE}: HTTP ${hall.status}`)
    const faqPath = (await hall.text()).match(/href="(\/hall\/\d{6}\/faq\/[^"]+)"/)?.[1]
    if (!faqPath) throw new Error(`/hall/${PROVINCE} lists no FAQ`)
    const faqId = decodeURIComponent(faqPath.slice(faqPath.lastIndexOf('/') + 1))
    const reference = await fetch(`${demo.url}${REFERENCE_PAGE}`)
    log(
      `reference page ${REFERENCE_PAGE}: HTTP ${reference.status} (${
        (await reference.text()).length
      } bytes), cache-control: ${reference.headers.get('cache-control')}`,
    )

    const targets = {
      refPage: { name: 'ref-page', path: REFERENCE_PAGE, expect: reference.status },
      home: { name: 'home', path: `/hall/${PROVINCE}`, expect: 200 },
      // The hall's entry: a first visit gets the area chooser, a returning one a redirect.
      entry: { name: 'entry', path: '/', expect: 200 },
      entryReturning: {
        name: 'entry-returning',
        path: '/',
        headers: { cookie: `${AREA_COOKIE}=${PROVINCE}` },
        expect: 307,
      },
      faq: { name: 'faq', path: faqPath, expect: 200 },
      refRest: { name: 'ref-rest', path: `/api/knowledge/${faqId}`, expect: 200 },
      search: inTurn(
        'search',
        QUERIES.map((q) => searchPath(q, PROVINCE)),
      ),
      searchUncached: inTurn('search-uncached', uncachedSearchPaths()),
    } satisfies Record<string, Target>

    // Every address once, and a short warm-up each (ISR renders a page on its first request).
    for (const target of Object.values(targets) as Target[]) {
      const res = await fetch(`${demo.url}${target.path}`, {
        headers: target.headers,
        redirect: 'manual',
      })
      await res.arrayBuffer()
      if (res.status !== target.expect)
        throw new Error(`${target.path}: HTTP ${res.status}, expected ${target.expect}`)
      await sample(demo.url, target, 10, WARMUP_S)
    }

    for (const connections of CONNECTIONS) {
      log(`${connections} connections, ${DURATION_S} s each, in ${ROUNDS} turns`)
      const pages = [
        targets.refPage,
        targets.home,
        targets.faq,
        targets.entry,
        targets.entryReturning,
      ]
      const [refPage, ...pageResults] = await measureInTurns(demo.url, pages, connections)
      line(targets.refPage, connections, refPage!)
      pageResults.forEach((m, i) => line(pages[i + 1]!, connections, m, refPage))
      const searches = [targets.refRest, targets.search, targets.searchUncached]
      const [refRest, ...searchResults] = await measureInTurns(demo.url, searches, connections)
      line(targets.refRest, connections, refRest!)
      searchResults.forEach((m, i) => line(searches[i + 1]!, connections, m, refRest))
    }
  } finally {
    await stop()
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  },
)
