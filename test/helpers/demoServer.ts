import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

/**
 * Runs `npm run demo` exactly as the README says (build if needed, seed if empty, `next start`),
 * on a temporary database and a free port, and waits until its health check says it can serve.
 */
export async function startDemo(): Promise<{
  url: string
  logs: () => string
  stop: () => Promise<void>
}> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-demo-'))
  const port = await freePort()
  let output = ''
  const child: ChildProcess = spawn('npm', ['run', 'demo'], {
    detached: true,
    env: {
      ...process.env,
      // Vitest sets NODE_ENV=test; the demo serves a production build.
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: `file:${path.join(dir, 'kb.db')}`,
      MEDIA_DIR: path.join(dir, 'media'),
      // The search index belongs to the temporary database too: the default (data/search) is the
      // developer's own index, and two demo servers must not share one.
      SEARCH_INDEX_PATH: path.join(dir, 'search'),
      PAYLOAD_SECRET: randomBytes(24).toString('hex'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
  const url = `http://127.0.0.1:${port}`

  const deadline = Date.now() + 10 * 60_000
  for (;;) {
    const code = await Promise.race([exited, new Promise((r) => setTimeout(r, 1000, 'running'))])
    if (code !== 'running')
      throw new Error(`npm run demo exited with ${code}:\n${output.slice(-4000)}`)
    // The app's own readiness check: its database and search engine answer.
    const ok = await fetch(`${url}/api/kb/health`).then(
      (res) => res.ok,
      () => false,
    )
    if (ok) break
    if (Date.now() > deadline)
      throw new Error(`npm run demo did not answer in time:\n${output.slice(-4000)}`)
  }

  return {
    url,
    logs: () => output,
    stop: async () => {
      try {
        process.kill(-child.pid!, 'SIGTERM')
      } catch {
        // already gone
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))])
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
