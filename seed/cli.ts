/**
 * `npm run seed [-- --org-only] [--if-empty]`: loads the demo organisation, users, categories,
 * glossary and region values, plus demo knowledge items unless `--org-only`. Safe to run again;
 * `--if-empty` does nothing on a database that already has an organisation (used by `npm run demo`).
 */
import { parseArgs } from 'node:util'

import { startPayload } from '@/db/startPayload'
import { seed } from './index'

async function main(): Promise<number> {
  let flags: { 'org-only': boolean; 'if-empty': boolean }
  try {
    flags = parseArgs({
      options: {
        'org-only': { type: 'boolean', default: false },
        'if-empty': { type: 'boolean', default: false },
      },
      strict: true,
    }).values
  } catch (error) {
    console.error(`用法：npm run seed [-- --org-only] [--if-empty] — ${(error as Error).message}`)
    return 2
  }
  const orgOnly = flags['org-only']
  const payload = await startPayload()
  if (flags['if-empty'] && (await payload.count({ collection: 'org-units' })).totalDocs > 0) {
    console.log('数据库已有组织数据，跳过初始化（--if-empty）')
    await payload.destroy()
    return 0
  }
  const started = Date.now()
  console.log(orgOnly ? '初始化组织与用户（--org-only）…' : '初始化演示数据…')
  const report = await seed(payload, {
    orgOnly,
    onProgress: ({ done, total, label, action }) => {
      const mark = { created: '新建', updated: '更新', unchanged: '不变' }[action]
      console.log(`[${String(done).padStart(String(total).length)}/${total}] ${mark} ${label}`)
    },
  })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  console.log(
    `完成：新建 ${report.created}，更新 ${report.updated}，不变 ${report.unchanged}（${seconds} s）`,
  )
  await payload.destroy()
  return 0
}

process.exit(await main())
