/**
 * `npm run kb -- <command>`: knowledge loading and search from the command line.
 *
 *   import FILE [--publish]            JSONL or CSV (id, title, body, category, scope, channels)
 *   search --batch FILE                JSONL {"q","as":{"channel","province","city"}} in, hits out
 *   reindex [--index agent_kb|online_hall]
 *
 * Exit codes: 0 done, 1 bad input (each bad row reported with its line and field), 2 bad usage.
 */
import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'

import type { Payload, Where } from 'payload'

import { searchBatchLine } from '@search/batchSearch'
import { searchEngine } from '@search/engine'
import { reindex } from '@search/reindex'
import { SEARCH_QUEUE } from '@/lib/jobQueues'
import { runQueue } from '@/jobs/runQueue'
import { SEARCH_INDEXES, type SearchIndexName } from '@search/types'
import { startPayload } from '@/server/startPayload'
import { ImportValidationError, importKnowledge } from '@/import/importKnowledge'
import { ImportFileError, readImportFile } from '@/import/readImportFile'

const USAGE = `用法：
  npm run kb -- import FILE [--publish]
  npm run kb -- search --batch FILE
  npm run kb -- reindex [--index ${SEARCH_INDEXES.join('|')}]`

/** Progress on stderr, so stdout stays the command's output (the batch search's JSON lines). */
const progress = (line: string) => process.stderr.write(`${line}\n`)

/** How long the drain waits on jobs another process (a running server) has claimed. */
const FOREIGN_JOBS_PATIENCE_MS = 120_000

/**
 * Applies queued index syncs now, so the index is complete when the command returns. A running
 * server polls the same queue: jobs it has claimed are waited for rather than counted as failed,
 * and a run that trips over a job the server finished meanwhile is simply run again (every sync
 * job is idempotent: it writes the document's current state).
 */
async function drainSearchQueue(payload: Payload, queuedSince: Date) {
  const count = async (where: Where, failed = false) =>
    (
      await payload.count({
        collection: 'payload-jobs',
        where: {
          and: [
            { queue: { equals: SEARCH_QUEUE } },
            { completedAt: { exists: false } },
            failed ? { hasError: { equals: true } } : { hasError: { not_equals: true } },
            where,
          ],
        },
        overrideAccess: true,
      })
    ).totalDocs
  const pending = () => count({})
  const total = await pending()
  let left = total
  let waitingSince = Date.now()
  while (left > 0) {
    try {
      await runQueue(payload, SEARCH_QUEUE)
    } catch (error) {
      progress(`同步搜索索引：与运行中的服务同时处理任务（${(error as Error).message}），继续`)
    }
    const now = await pending()
    if (now < left) {
      progress(`同步搜索索引 [${total - now}/${total}]`)
      left = now
      waitingSince = Date.now()
      continue
    }
    const elsewhere = await count({ processing: { equals: true } })
    if (elsewhere === 0 || Date.now() - waitingSince > FOREIGN_JOBS_PATIENCE_MS) {
      progress(`搜索索引同步未完成：${now} 个任务待重试（服务启动后自动继续）`)
      return false
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  const failed = await count({ createdAt: { greater_than_equal: queuedSince.toISOString() } }, true)
  if (failed > 0) progress(`搜索索引同步失败：${failed} 个任务出错（见服务日志；可运行 reindex）`)
  return failed === 0
}

async function runImport(payload: Payload, file: string, publish: boolean): Promise<number> {
  const rows = readImportFile(file)
  const started = new Date()
  const report = await importKnowledge(payload, rows, {
    publish,
    actorName: '命令行导入',
    onProgress: ({ done, total, externalId, action }) => {
      if (done === total || done % 50 === 0 || total <= 200)
        progress(`[${done}/${total}] ${action === 'created' ? '新建' : '更新'} ${externalId}`)
    },
  })
  progress(
    `导入完成：新建 ${report.created}，更新 ${report.updated}，新分类 ${report.categoriesCreated}` +
      `（${((Date.now() - started.getTime()) / 1000).toFixed(1)} s）`,
  )
  return (await drainSearchQueue(payload, started)) ? 0 : 1
}

async function runBatchSearch(payload: Payload, file: string): Promise<number> {
  const engine = await searchEngine(payload)
  let failed = 0
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })
  let number = 0
  for await (const line of lines) {
    number += 1
    if (!line.trim()) continue
    const answer = await searchBatchLine(engine, line)
    if ('error' in answer) {
      failed += 1
      progress(`第 ${number} 行：${answer.error}`)
    }
    process.stdout.write(`${JSON.stringify(answer)}\n`)
  }
  return failed > 0 ? 1 : 0
}

async function runReindex(payload: Payload, only: SearchIndexName | undefined): Promise<number> {
  const engine = await searchEngine(payload)
  for (const index of only ? [only] : SEARCH_INDEXES) {
    const started = Date.now()
    const count = await reindex(payload, engine, index, ({ done, total }) =>
      progress(`重建 ${index} [${done}/${total}]`),
    )
    progress(`${index}：${count} 条，${((Date.now() - started) / 1000).toFixed(1)} s`)
  }
  return 0
}

async function main(): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        publish: { type: 'boolean', default: false },
        batch: { type: 'string' },
        index: { type: 'string' },
      },
      strict: true,
    })
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`)
    return 2
  }
  const [command, file] = parsed.positionals
  const { values } = parsed
  if (values.index !== undefined && !SEARCH_INDEXES.includes(values.index as SearchIndexName)) {
    console.error(`--index 须为 ${SEARCH_INDEXES.join(' 或 ')}\n${USAGE}`)
    return 2
  }
  if (
    !(command === 'import' && file) &&
    !(command === 'search' && values.batch) &&
    command !== 'reindex'
  ) {
    console.error(USAGE)
    return 2
  }
  const payload = await startPayload()
  try {
    if (command === 'import') return await runImport(payload, file!, values.publish)
    if (command === 'search') return await runBatchSearch(payload, values.batch!)
    return await runReindex(payload, values.index as SearchIndexName | undefined)
  } catch (error) {
    if (error instanceof ImportValidationError) {
      for (const p of error.problems.slice(0, 100))
        console.error(`第 ${p.line} 行 ${p.field}：${p.message}`)
      if (error.problems.length > 100) console.error(`……另有 ${error.problems.length - 100} 处`)
      console.error(`导入失败：${error.message}`)
      return 1
    }
    if (error instanceof ImportFileError) {
      console.error(error.message)
      return 1
    }
    throw error
  } finally {
    await payload.destroy()
  }
}

process.exit(await main())
