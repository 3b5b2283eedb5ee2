/**
 * Search benchmark: indexing rate, index size, memory and query latency of the embedded engine
 * (SQLite FTS5 + jieba) on synthetic corpora of realistic Chinese text, against the LIKE search a
 * plain Payload table gives. Prints figures; asserts nothing.
 *
 *   npm run bench:search -- [--sizes 10000,100000,300000] [--queries 500] [--like-queries N]
 *
 * Each size runs in a process of its own. Per size, progress goes to stderr and two lines to
 * stdout: `bench items=…` and `bench publish_to_searchable items=…`.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { createClient } from '@libsql/client'

import { EmbeddedEngine } from '@search/embedded/EmbeddedEngine'
import { tablesOf } from '@search/embedded/schema'
import { analyzerFor } from '@search/text/analyzer'
import { normalizeText } from '@search/text/normalize'
import type { SearchDocument } from '@search/types'
import {
  type BenchQuery,
  GLOSSARY,
  type Vocabulary,
  buildVocabulary,
  syntheticItem,
  syntheticQueries,
} from './corpus'
import { LikeBaseline } from './likeBaseline'

const SEED = 20240601
const BATCH = 1000
const WARMUP = 20
const PUBLISH_ROUNDS = 200
/** Above this size the LIKE baseline runs on a subset: each rare-word query scans every row. */
const LIKE_FULL_UP_TO = 100_000
const LIKE_SUBSET = 100
/** Payload-style finds always scan every row: a few tell the cost. */
const PAYLOAD_FIND_QUERIES = 50

// Node's own parser; an unknown flag stops the run with a message.
const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string' },
    queries: { type: 'string' },
    'like-queries': { type: 'string' },
  },
})

function positiveInt(text: string, what: string): number {
  const n = Number(text.replace(/_/g, ''))
  if (!Number.isInteger(n) || n <= 0)
    throw new Error(`${what}: expected a positive integer, got ${text}`)
  return n
}

const sizes = (options.sizes ?? '10000,100000,300000')
  .split(',')
  .map((s) => positiveInt(s.trim(), '--sizes'))
const queryCount = positiveInt(options.queries ?? '500', '--queries')
const likeQueriesOption = options['like-queries']

const log = (message: string) => process.stderr.write(`${message}\n`)
const mb = (bytes: number) => bytes / 1024 / 1024
const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : 'NaN')
const rssMb = () => mb(process.memoryUsage().rss)
/** Peak RSS of the whole process so far (kernel's maxrss, in KB). */
const peakRssMb = () => process.resourceUsage().maxRSS / 1024

/** Nearest-rank percentile. */
function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

function* batches(size: number, vocab: Vocabulary): Generator<SearchDocument[]> {
  for (let start = 0; start < size; start += BATCH) {
    const batch: SearchDocument[] = []
    for (let i = start; i < Math.min(size, start + BATCH); i++)
      batch.push(syntheticItem(SEED, i, vocab))
    yield batch
  }
}

type Timed = { query: BenchQuery; ms: number; total: number }

async function timeEngineQueries(engine: EmbeddedEngine, queries: BenchQuery[]): Promise<Timed[]> {
  const timed: Timed[] = []
  for (const query of queries) {
    const started = performance.now()
    const result = await engine.search({
      index: 'agent_kb',
      q: query.q,
      reader: query.reader,
      limit: 10,
      offset: 0,
    })
    timed.push({ query, ms: performance.now() - started, total: result.total })
  }
  return timed
}

/**
 * What the slowest queries have in common: how many documents hold each of their words (on a
 * large index, words in over 1 % of documents do not pick candidates; see search/README.md).
 */
async function describeSlowest(directory: string, timed: Timed[]) {
  const client = createClient({ url: `file:${path.join(directory, 'index.db')}` })
  // A fresh engine's first generation; read here for diagnosis only.
  const t = tablesOf('agent_kb', 1)
  try {
    const slowest = [...timed].sort((a, b) => b.ms - a.ms).slice(0, 5)
    for (const { query, ms, total } of slowest) {
      const words = query.words.map(normalizeText)
      const { rows } = await client.execute({
        sql: `SELECT term, doc FROM ${t.vocab} WHERE term IN (${words.map(() => '?').join(', ')})`,
        args: words,
      })
      const df = new Map(rows.map((r) => [String(r.term), Number(r.doc)]))
      log(
        `  slow: ${f2(ms)} ms q="${query.q}" (${query.kind}, ${total} kept); ` +
          `docs per word: ${words.map((w) => `${w}=${df.get(w) ?? '-'}`).join(' ')}`,
      )
    }
  } finally {
    client.close()
  }
}

/** What the engine's text analysis alone (jieba, pinyin) costs per document. */
function analysisMsPerDoc(vocab: Vocabulary, count = 1000): number {
  const analyzer = analyzerFor(GLOSSARY)
  const started = performance.now()
  for (let i = 0; i < count; i++) {
    const doc = syntheticItem(SEED, i, vocab)
    const titleTokens = analyzer.tokens(doc.title)
    analyzer.tokens(doc.body)
    analyzer.titlePinyin(doc.title, titleTokens)
  }
  const generation = performance.now()
  for (let i = 0; i < count; i++) syntheticItem(SEED, i, vocab)
  const generateMs = performance.now() - generation
  return (generation - started - generateMs) / count
}

/**
 * Engine-level publish-to-searchable: upsert one new document, then search its unique title word
 * until it comes back. The app adds its own hook and job latency on top of this.
 */
async function publishToSearchable(engine: EmbeddedEngine, vocab: Vocabulary, base: number) {
  const times: number[] = []
  let retries = 0
  for (let k = 0; k < PUBLISH_ROUNDS; k++) {
    const item = syntheticItem(SEED + 1, base + k, vocab)
    // Latin letters and digits: one jieba token, found in no other document.
    const marker = `pubx${k}q${(base + k).toString(36)}`
    const doc: SearchDocument = {
      ...item,
      id: `publish-${k}`,
      title: `${item.title}（${marker}）`,
      overriddenIn: [],
    }
    // A reader who may see it: the owner's own area.
    const reader = { province: doc.ownerProvince, city: doc.ownerCity }
    const started = performance.now()
    await engine.upsert('agent_kb', [doc])
    for (;;) {
      const { hits } = await engine.search({
        index: 'agent_kb',
        q: marker,
        reader,
        limit: 10,
        offset: 0,
      })
      if (hits.some((h) => h.id === doc.id)) break
      if (performance.now() - started > 10_000) throw new Error(`${marker} never became visible`)
      retries++
    }
    times.push(performance.now() - started)
  }
  if (retries > 0) log(`  publish: ${retries} searches had to be repeated before the item showed`)
  return times
}

async function benchSize(
  size: number,
  vocab: Vocabulary,
  warmup: BenchQuery[],
  queries: BenchQuery[],
) {
  const directory = mkdtempSync(path.join(os.tmpdir(), `bench-search-${size}-`))
  tempDirectories.add(directory)
  const engine = new EmbeddedEngine(path.join(directory, 'engine'))
  let publish: number[] = []
  try {
    log(`\n== ${size} items (temp ${directory})`)
    await engine.ensureIndexes({ glossary: GLOSSARY })

    // Only the upserts are timed: generating the synthetic text is the benchmark's own cost.
    let indexMs = 0
    let generateMs = 0
    let done = 0
    let generateStarted = performance.now()
    for (const batch of batches(size, vocab)) {
      generateMs += performance.now() - generateStarted
      const started = performance.now()
      await engine.upsert('agent_kb', batch)
      indexMs += performance.now() - started
      done += batch.length
      if (done % 10_000 === 0 || done === size) {
        log(
          `  indexed ${done}/${size}  ${f2(done / (indexMs / 1000))} items/s  ` +
            `(generation ${f2(generateMs / 1000)} s so far)  rss ${f2(rssMb())} MB`,
        )
      }
      generateStarted = performance.now()
    }
    const itemsPerS = size / (indexMs / 1000)
    const stats = await engine.stats('agent_kb')
    const indexMb = mb(stats.bytes ?? NaN)
    const rssAfterIndex = rssMb()
    log(
      `  indexing: ${f2(indexMs / 1000)} s, ${f2(itemsPerS)} items/s; index ${f2(indexMb)} MB ` +
        `(${stats.documents} documents); rss ${f2(rssAfterIndex)} MB`,
    )
    const analysisMs = analysisMsPerDoc(vocab)
    log(
      `    of ${f2(indexMs / size)} ms per item, text analysis (jieba + title pinyin) takes ` +
        `${f2(analysisMs)} ms on this thread; SQLite's work runs beside it on the writer thread`,
    )

    log(`  querying: ${warmup.length} warm-up + ${queries.length} queries`)
    await timeEngineQueries(engine, warmup)
    const timed = await timeEngineQueries(engine, queries)
    const latencies = timed.map((t) => t.ms)
    const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(latencies, p)) as [
      number,
      number,
      number,
    ]
    const rssAfterQueries = rssMb()
    log(
      `  engine: p50 ${f2(p50)} ms, p95 ${f2(p95)} ms, p99 ${f2(p99)} ms, max ${f2(Math.max(...latencies))} ms; ` +
        `empty results ${timed.filter((t) => t.total === 0).length}/${timed.length}; ` +
        `rss ${f2(rssAfterQueries)} MB (peak so far ${f2(peakRssMb())} MB)`,
    )
    const breakdown = (label: string, of: Timed[]) => {
      const ms = of.map((t) => t.ms)
      if (ms.length > 0)
        log(
          `    ${label}: ${ms.length} queries, p50 ${f2(percentile(ms, 50))} ms, ` +
            `p95 ${f2(percentile(ms, 95))} ms`,
        )
    }
    for (const kind of ['words', 'typo', 'latin'] as const)
      breakdown(
        kind,
        timed.filter((t) => t.query.kind === kind),
      )
    for (let words = 1; words <= 4; words++)
      breakdown(
        `${words} word(s)`,
        timed.filter((t) => t.query.kind === 'words' && t.query.words.length === words),
      )
    await describeSlowest(path.join(directory, 'engine'), timed)

    log(`  publish-to-searchable: ${PUBLISH_ROUNDS} rounds`)
    publish = await publishToSearchable(engine, vocab, size)
    await engine.close()

    // The baseline: same items (regenerated from the seed), same queries, plain LIKE.
    const baseline = new LikeBaseline(directory)
    try {
      await baseline.init()
      let loaded = 0
      for (const batch of batches(size, vocab)) {
        await baseline.insert(batch)
        loaded += batch.length
        if (loaded % 100_000 === 0) log(`  like baseline: loaded ${loaded}/${size}`)
      }
      const likeCount = likeQueriesOption
        ? Math.min(queries.length, positiveInt(likeQueriesOption, '--like-queries'))
        : size > LIKE_FULL_UP_TO
          ? Math.min(queries.length, LIKE_SUBSET)
          : queries.length
      // Spread the subset over the whole list so it has the same mix of kinds.
      const step = queries.length / likeCount
      const likeQueries = Array.from(
        { length: likeCount },
        (_, i) => queries[Math.floor(i * step)]!,
      )
      log(
        `  like baseline: ${likeCount === queries.length ? 'all' : `a subset of ${likeCount} of the`} ` +
          `${queries.length} queries; plan: ${await baseline.explain(queries[0]!.words, queries[0]!.reader)}`,
      )
      for (const query of warmup.slice(0, 5)) await baseline.search(query.words, query.reader)
      const likeLatencies: number[] = []
      const likeStarted = performance.now()
      for (const query of likeQueries) {
        const started = performance.now()
        await baseline.search(query.words, query.reader)
        likeLatencies.push(performance.now() - started)
      }
      const likeP95 = percentile(likeLatencies, 95)
      log(
        `  like: p50 ${f2(percentile(likeLatencies, 50))} ms, p95 ${f2(likeP95)} ms, ` +
          `max ${f2(Math.max(...likeLatencies))} ms (${f2((performance.now() - likeStarted) / 1000)} s)`,
      )
      // Supplementary: the real Payload path costs a full scan per search (count for paging).
      const payloadQueries = likeQueries.slice(0, PAYLOAD_FIND_QUERIES)
      const payloadLatencies: number[] = []
      for (const query of payloadQueries) {
        const started = performance.now()
        await baseline.payloadFind(query.words, query.reader)
        payloadLatencies.push(performance.now() - started)
      }
      log(
        `  payload-style find (all words, + count(*)), ${payloadQueries.length} queries: ` +
          `p50 ${f2(percentile(payloadLatencies, 50))} ms, p95 ${f2(percentile(payloadLatencies, 95))} ms`,
      )
      // Engine p95 over the same subset, so the speedup compares like with like when subsetting.
      if (likeCount < queries.length) {
        const subset = new Set(likeQueries)
        const engineSubset = timed.filter((t) => subset.has(t.query)).map((t) => t.ms)
        log(`  engine p95 on the same subset: ${f2(percentile(engineSubset, 95))} ms`)
      }

      console.log(
        `bench items=${size} items_per_s=${f2(itemsPerS)} index_mb=${f2(indexMb)} ` +
          `rss_mb=${f2(rssAfterQueries)} p50_ms=${f2(p50)} p95_ms=${f2(p95)} p99_ms=${f2(p99)} ` +
          `like_p95_ms=${f2(likeP95)} speedup_p95=${f2(likeP95 / p95)}`,
      )
    } finally {
      baseline.close()
    }
  } finally {
    await engine.close().catch(() => undefined)
    rmSync(directory, { recursive: true, force: true })
    tempDirectories.delete(directory)
  }
  return publish
}

/**
 * Several sizes run one after another, each in a process of its own: memory that a process takes
 * is rarely given back (libSQL also leaks what it is handed, see search/README.md), so a size
 * measured after another would carry the earlier one's memory in its RSS.
 */
function runEachSizeAlone() {
  for (const size of sizes) {
    const args = [process.argv[1]!, '--sizes', String(size), '--queries', String(queryCount)]
    if (likeQueriesOption) args.push('--like-queries', likeQueriesOption)
    const child = spawnSync(process.execPath, [...process.execArgv, ...args], { stdio: 'inherit' })
    if (child.status !== 0) {
      log(`size ${size} failed (exit ${child.status ?? child.signal})`)
      process.exit(child.status ?? 1)
    }
  }
}

async function main() {
  if (sizes.length > 1) return runEachSizeAlone()
  const started = performance.now()
  log(`size ${sizes[0]}; ${queryCount} queries; seed ${SEED}`)
  const vocab = buildVocabulary()
  log(`vocabulary: ${vocab.stats}`)
  const queries = syntheticQueries(SEED, WARMUP + queryCount, vocab)
  const [warmup, measured] = [queries.slice(0, WARMUP), queries.slice(WARMUP)]
  log(
    `queries, e.g.: ${measured
      .slice(0, 8)
      .map((q) => `"${q.q}"`)
      .join(' ')}`,
  )
  const sample = syntheticItem(SEED, 0, vocab)
  log(`item 0: ${sample.title} | ${sample.body.slice(0, 120)}…`)

  const size = sizes[0]!
  const publish = await benchSize(size, vocab, warmup, measured)
  console.log(
    `bench publish_to_searchable items=${size} p50_ms=${f2(percentile(publish, 50))} p95_ms=${f2(percentile(publish, 95))}`,
  )
  log(`done in ${f2((performance.now() - started) / 1000)} s; peak rss ${f2(peakRssMb())} MB`)
}

// process.exit skips finally blocks: remove what is left on the way out (Ctrl-C included).
const tempDirectories = new Set<string>()
process.on('exit', () => {
  for (const directory of tempDirectories) rmSync(directory, { recursive: true, force: true })
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130))

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
