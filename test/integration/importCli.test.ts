import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { searchEngine } from '@search/engine'
import { seed } from '@seed/index'
import { bootPayload } from '@test/helpers/payload'

let payload: Payload
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-import-'))

/** `npm run kb -- …` as the eval runner calls it, on this file's database and index. */
function kb(...args: string[]) {
  const run = spawnSync(
    process.execPath,
    ['--conditions=production', '--import', 'tsx', 'src/cli/kb.ts', ...args],
    { env: { ...process.env, LOG_DESTINATION: 'stderr', JOBS_AUTORUN: 'false' }, encoding: 'utf8' },
  )
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

function file(name: string, lines: Array<string | object>) {
  const target = path.join(dir, name)
  fs.writeFileSync(
    target,
    lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n') + '\n',
  )
  return target
}

const row = (id: string, extra: object = {}) => ({
  id,
  title: `导入测试条目 ${id} 极光宽带`,
  body: `这是导入的正文。极光宽带办理须知 ${id}。\n第二段说明。`,
  category: '导入测试分类',
  scope: { level: 'national' },
  channels: ['online_hall', 'agent_kb'],
  ...extra,
})

const knowledgeCount = async () =>
  (await payload.count({ collection: 'knowledge', overrideAccess: true })).totalDocs

const search = async (q: string, reader = { province: '440000', city: '440100' }) => {
  const engine = await searchEngine(payload)
  return (await engine.search({ index: 'agent_kb', q, reader, limit: 10, offset: 0 })).hits
}

beforeAll(async () => {
  payload = await bootPayload()
  await seed(payload, { orgOnly: true })
})
afterAll(async () => {
  await payload?.destroy()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('npm run kb -- import', () => {
  it('reports every bad row with its line and field and writes nothing of the file', async () => {
    const bad = file('bad.jsonl', [
      row('imp-ok'),
      row('imp-2', { title: '' }),
      row('imp-3', { channels: ['weibo'] }),
      row('imp-4', { scope: { level: 'province', province: '990000' } }),
      '{not json',
      row('imp-6', { kind: 'script', channels: ['online_hall'] }),
      row('imp-ok'),
    ])
    const run = kb('import', bad, '--publish')
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('第 2 行 title：不能为空')
    expect(run.stderr).toMatch(/第 3 行 channels\.0：须为 online_hall/)
    expect(run.stderr).toContain('第 4 行 scope：单位 990000 不存在')
    expect(run.stderr).toMatch(/第 5 行 \(行\)：不是合法的 JSON/)
    expect(run.stderr).toContain('第 6 行 channels：话术和服务公告只能发布到坐席知识库')
    expect(run.stderr).toContain('第 7 行 id：与第 1 行重复')
    expect(await knowledgeCount()).toBe(0)
  })

  it('imports as published, audited as an import, creates missing categories and makes it searchable', async () => {
    const good = file('good.jsonl', [
      row('imp-a'),
      row('imp-b', { scope: { level: 'province', province: '440000' } }),
      row('imp-c', {
        scope: { level: 'city', province: '510000', city: '510100' },
        channels: ['agent_kb'],
      }),
    ])
    const run = kb('import', good, '--publish')
    expect(run.status, run.stderr).toBe(0)
    expect(run.stderr).toContain('[3/3]')
    expect(run.stderr).toContain('同步搜索索引 [3/3]')
    const { docs } = await payload.find({
      collection: 'knowledge',
      where: { externalId: { in: ['imp-a', 'imp-b', 'imp-c'] } },
      sort: 'externalId',
      depth: 1,
    })
    expect(docs.map((d) => [d.externalId, d.ownerCode, d.workflowState, d._status])).toEqual([
      ['imp-a', '100000', 'published', 'published'],
      ['imp-b', '440000', 'published', 'published'],
      ['imp-c', '510100', 'published', 'published'],
    ])
    expect((docs[0]!.category as { name: string }).name).toBe('导入测试分类')
    // Live items enter 更新制度: the next review a category cycle on (new categories: 180 days).
    for (const doc of docs) {
      const days = (new Date(doc.nextReviewAt!).getTime() - Date.now()) / 86_400_000
      expect(days).toBeGreaterThan(179)
      expect(days).toBeLessThanOrEqual(180)
    }
    const audit = await payload.find({
      collection: 'review-events',
      where: { item: { equals: docs[0]!.id } },
    })
    expect(audit.docs.map((e) => [e.action, e.to])).toEqual([['import', 'published']])
    // The index was complete when the command returned; visibility applies to imported items.
    const found = (await search('极光宽带')).map((hit) => hit.externalId).sort()
    expect(found).toEqual(['imp-a', 'imp-b'])
  })

  it('re-importing the same ids updates them, never duplicates, and the index follows', async () => {
    const again = file('again.jsonl', [row('imp-a', { title: '导入测试条目 imp-a 星云套餐' })])
    const run = kb('import', again, '--publish')
    expect(run.status, run.stderr).toBe(0)
    expect(run.stderr).toContain('更新 1')
    expect(await knowledgeCount()).toBe(3)
    expect((await search('星云套餐')).map((hit) => hit.externalId)).toEqual(['imp-a'])
  })

  it('reads CSV with the same columns, and without --publish leaves drafts out of the index', async () => {
    const csv = path.join(dir, 'items.csv')
    fs.writeFileSync(
      csv,
      'id,title,body,category,scope,channels\n' +
        'csv-1,CSV条目 彗星流量包,"彗星流量包的说明，含逗号",流量,440100,online_hall agent_kb\n' +
        'csv-2,CSV条目 彗星流量包二,正文,流量,national,agent_kb\n',
    )
    const run = kb('import', csv)
    expect(run.status, run.stderr).toBe(0)
    const { docs } = await payload.find({
      collection: 'knowledge',
      where: { externalId: { in: ['csv-1', 'csv-2'] } },
      sort: 'externalId',
      draft: true,
    })
    expect(docs.map((d) => [d.externalId, d.ownerCode, d.workflowState])).toEqual([
      ['csv-1', '440100', 'draft'],
      ['csv-2', '100000', 'draft'],
    ])
    expect(await search('彗星流量包')).toEqual([])
    const badCsv = path.join(dir, 'bad.csv')
    fs.writeFileSync(
      badCsv,
      'id,title,body,category,scope,channels\ncsv-3,标题,正文,流量,44,agent_kb\n',
    )
    const refused = kb('import', badCsv)
    expect(refused.status).toBe(1)
    expect(refused.stderr).toContain('第 2 行 scope.level：须为 national、6 位单位代码')
  })

  it('answers bad usage with exit code 2 and the usage text', () => {
    expect(kb('reindex', '--index', 'weibo').status).toBe(2)
    expect(kb('frobnicate').stderr).toContain('用法')
  })
})

describe('npm run kb -- search --batch and reindex', () => {
  it('answers one JSON line per query line, in order, with external ids; a bad line gets an error line', () => {
    const queries = file('queries.jsonl', [
      { q: '星云套餐', as: { channel: 'agent_kb', province: '440000', city: '440100' } },
      { q: '极光宽带', as: { channel: 'online_hall', province: '510000', city: '510100' } },
      { q: 'x', as: { channel: 'weibo' } },
    ])
    const run = kb('search', '--batch', queries)
    expect(run.status).toBe(1)
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(lines).toHaveLength(3)
    expect(lines[0].hits[0]).toMatchObject({ id: 'imp-a', title: '导入测试条目 imp-a 星云套餐' })
    expect(lines[1].hits.map((hit: { id: string }) => hit.id)).toEqual(['imp-a'])
    expect(lines[2]).toMatchObject({ hits: [], error: expect.stringMatching(/^as\.channel: /) })
  })

  it('reindex rebuilds both indexes from the database with progress', async () => {
    const run = kb('reindex')
    expect(run.status, run.stderr).toBe(0)
    expect(run.stderr).toMatch(/重建 online_hall \[\d+\/\d+\]/)
    expect(run.stderr).toMatch(/agent_kb：3 条/)
    expect((await search('极光宽带')).map((hit) => hit.externalId).sort()).toEqual([
      'imp-a',
      'imp-b',
    ])
  })
})
