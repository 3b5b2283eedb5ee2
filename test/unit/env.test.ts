import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { parseDatabaseUrl, parseEnv } from '@/env'

describe('parseDatabaseUrl', () => {
  it('defaults to the embedded SQLite file', () => {
    expect(parseDatabaseUrl(undefined, '/srv/kb')).toEqual({
      kind: 'sqlite',
      url: 'file:/srv/kb/data/kb.db',
    })
    expect(parseDatabaseUrl('  ', '/srv/kb').kind).toBe('sqlite')
  })
  it('resolves relative and absolute file: URLs', () => {
    expect(parseDatabaseUrl('file:tmp/a.db', '/srv/kb').url).toBe('file:/srv/kb/tmp/a.db')
    expect(parseDatabaseUrl('file:///var/kb.db', '/srv/kb').url).toBe(
      `file:${path.resolve('/var/kb.db')}`,
    )
  })
  it('picks PostgreSQL and MongoDB by scheme', () => {
    expect(parseDatabaseUrl('postgres://u:p@db:5432/kb').kind).toBe('postgres')
    expect(parseDatabaseUrl('postgresql://u:p@db/kb').kind).toBe('postgres')
    expect(parseDatabaseUrl('mongodb://db:27017/kb').kind).toBe('mongodb')
    expect(parseDatabaseUrl('mongodb+srv://cluster.example/kb').kind).toBe('mongodb')
  })
  it.each([
    ['mysql://db/kb', 'unsupported scheme'],
    ['not a url', 'not a URL'],
    ['postgres://db', 'names no database'],
    ['file:', 'needs a path'],
  ])('refuses %s naming the variable', (url, message) => {
    expect(() => parseDatabaseUrl(url)).toThrow(/^DATABASE_URL: /)
    expect(() => parseDatabaseUrl(url)).toThrow(message)
  })
})

describe('parseEnv', () => {
  it('has working defaults for development', () => {
    const env = parseEnv({})
    expect(env.nodeEnv).toBe('development')
    expect(env.database.kind).toBe('sqlite')
    expect(env.mediaMaxBytes).toBe(10 * 1024 * 1024)
    expect(env.payloadSecret.length).toBeGreaterThanOrEqual(16)
  })
  it('lets CLIs run in production without a secret, with a random one, and says it was not set', () => {
    const first = parseEnv({ NODE_ENV: 'production' })
    const second = parseEnv({ NODE_ENV: 'production' })
    expect(first.payloadSecretSet).toBe(false)
    expect(first.payloadSecret).toMatch(/^[0-9a-f]{64}$/)
    expect(first.payloadSecret).not.toBe(second.payloadSecret)
    const set = parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(32) })
    expect(set.payloadSecretSet).toBe(true)
    expect(set.payloadSecret).toBe('x'.repeat(32))
  })
  it('reads the search settings', () => {
    expect(parseEnv({}).meilisearch).toBeNull()
    expect(parseEnv({ SEARCH_INDEX_PATH: '/tmp/kb-search' }).searchIndexPath).toBe('/tmp/kb-search')
    expect(
      parseEnv({ MEILI_URL: 'http://127.0.0.1:7700', MEILI_MASTER_KEY: 'k' }).meilisearch,
    ).toEqual({ url: 'http://127.0.0.1:7700', apiKey: 'k' })
    expect(() => parseEnv({ MEILI_URL: 'meili' })).toThrow(/^MEILI_URL: /)
  })
  it('names the variable in each error', () => {
    expect(() => parseEnv({ PAYLOAD_SECRET: 'short' })).toThrow(/^PAYLOAD_SECRET: /)
    expect(() => parseEnv({ MEDIA_MAX_BYTES: 'lots' })).toThrow(/^MEDIA_MAX_BYTES: /)
    expect(() => parseEnv({ SERVER_URL: 'localhost' })).toThrow(/^SERVER_URL: /)
    expect(() => parseEnv({ NODE_ENV: 'staging' })).toThrow(/^NODE_ENV: /)
  })
})
