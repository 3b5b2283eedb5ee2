/**
 * `npm run demo`: builds the app if the build is missing or older than the sources, seeds the
 * embedded database if it is empty, then serves it with `next start` (port 3000, or PORT).
 * Nothing here is needed in production, where the build, seeding and secret are set up explicitly.
 */
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const root = process.cwd()
const SOURCES = [
  'src',
  'collections',
  'access',
  'search',
  'seed',
  'payload.config.ts',
  'next.config.ts',
  'package-lock.json',
]
const IGNORED = new Set(['node_modules', '.next', 'data'])

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0
  const stat = fs.statSync(entry)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = 0
  for (const child of fs.readdirSync(entry)) {
    if (!IGNORED.has(child)) newest = Math.max(newest, newestMtime(path.join(entry, child)))
  }
  return newest
}

function buildIsCurrent(): boolean {
  const buildId = path.join(root, '.next', 'BUILD_ID')
  if (!fs.existsSync(buildId)) return false
  const built = fs.statSync(buildId).mtimeMs
  return SOURCES.every((entry) => newestMtime(path.join(root, entry)) <= built)
}

/** A demo secret kept beside the demo database, so sessions survive a restart. */
function demoSecret(): string {
  const file = path.join(root, 'data', '.demo-secret')
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  const secret = randomBytes(32).toString('hex')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, secret, { mode: 0o600 })
  return secret
}

function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv) {
  console.log(`\n▶ ${label}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env })
  if (result.status !== 0) {
    console.error(`✖ ${label} 失败（退出码 ${result.status ?? result.signal}）`)
    process.exit(result.status ?? 1)
  }
}

const env: NodeJS.ProcessEnv = {
  ...process.env,
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? demoSecret(),
}
const port = process.env.PORT ?? '3000'
const node = process.execPath

if (buildIsCurrent()) console.log('✔ 构建是最新的，跳过 next build')
else
  run('构建（next build）', node, ['node_modules/next/dist/bin/next', 'build'], {
    ...env,
    NODE_ENV: 'production',
  })

run(
  '初始化演示数据（数据库为空时）',
  node,
  ['node_modules/tsx/dist/cli.mjs', '--conditions=production', 'seed/cli.ts', '--if-empty'],
  env,
)

console.log(`\n▶ 启动：http://localhost:${port}/admin （演示账号见 README）`)
const server = spawn(node, ['node_modules/next/dist/bin/next', 'start', '-p', port], {
  stdio: 'inherit',
  env: { ...env, NODE_ENV: 'production' },
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)))
