import { spawnSync } from 'node:child_process'

import { describe, expect, it } from 'vitest'

/** Runs the seed CLI (which boots Payload like the server does) with the given DATABASE_URL. */
function seedWith(databaseUrl: string) {
  const result = spawnSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', '--conditions=production', 'seed/cli.ts'],
    {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      encoding: 'utf8',
      timeout: 60_000,
    },
  )
  return { status: result.status, stderr: result.stderr.trim(), stdout: result.stdout.trim() }
}

describe('a bad DATABASE_URL stops the start with one clear line', () => {
  it.each([
    ['an unsupported scheme', 'mysql://127.0.0.1/kb', /DATABASE_URL: unsupported scheme "mysql:"/],
    ['garbage', 'not a url', /DATABASE_URL: not a URL/],
    [
      'an unreachable PostgreSQL',
      'postgres://kb:secret@127.0.0.1:1/kb',
      /DATABASE_URL: cannot connect to PostgreSQL at postgres:\/\/kb:\*\*\*@127\.0\.0\.1:1\/kb \(ECONNREFUSED/,
    ],
    [
      'an unreachable MongoDB',
      'mongodb://127.0.0.1:1/kb',
      /DATABASE_URL: cannot connect to MongoDB at mongodb:\/\/127\.0\.0\.1:1\/kb/,
    ],
    [
      'an impossible SQLite path',
      'file:/etc/hostname/kb.db',
      /DATABASE_URL: cannot create the SQLite file \/etc\/hostname\/kb\.db \(EEXIST: file already exists/,
    ],
  ])('%s', (_name, url, message) => {
    const { status, stderr, stdout } = seedWith(url)
    expect(status).toBe(1)
    expect(stdout).not.toContain('新建')
    expect(stderr.split('\n')).toHaveLength(1)
    expect(stderr).toMatch(message)
    expect(stderr).not.toContain('secret')
  })
})
