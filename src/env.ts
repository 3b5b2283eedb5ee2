import { randomBytes } from 'node:crypto'
import { BlockList, isIP } from 'node:net'
import path from 'node:path'
import { z } from 'zod'

/**
 * All environment configuration, parsed once. Every other module reads `env`, never `process.env`,
 * so a typo or a bad value fails at start with one line naming the variable.
 */

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export type DatabaseTarget = {
  kind: DatabaseKind
  /** Connection string as the adapter takes it (`file:` URL for SQLite). */
  url: string
}

const DEFAULT_SQLITE_FILE = 'data/kb.db'
const DEV_SECRET = 'dev-only-secret-change-me-in-production'

/** Maps `DATABASE_URL` to an adapter; unset means the embedded SQLite file. */
export function parseDatabaseUrl(raw: string | undefined, cwd = process.cwd()): DatabaseTarget {
  const value = raw?.trim()
  if (!value) return { kind: 'sqlite', url: `file:${path.resolve(cwd, DEFAULT_SQLITE_FILE)}` }
  if (value.startsWith('file:')) {
    const file = value.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
    if (!file) throw new Error('DATABASE_URL: "file:" needs a path, e.g. file:data/kb.db')
    return { kind: 'sqlite', url: `file:${path.resolve(cwd, file)}` }
  }
  let parsed: URL
  try {
    parsed = new URL(value)
  } catch {
    throw new Error(
      'DATABASE_URL: not a URL; use file:PATH, postgres://USER:PASS@HOST:PORT/DB or mongodb://HOST/DB',
    )
  }
  switch (parsed.protocol) {
    case 'postgres:':
    case 'postgresql:':
      if (parsed.pathname.length <= 1)
        throw new Error('DATABASE_URL: the PostgreSQL URL names no database')
      return { kind: 'postgres', url: value }
    case 'mongodb:':
    case 'mongodb+srv:':
      return { kind: 'mongodb', url: value }
    default:
      throw new Error(
        `DATABASE_URL: unsupported scheme "${parsed.protocol}"; use file:, postgres:// or mongodb://`,
      )
  }
}

/**
 * `TRUSTED_PROXIES`: the addresses or CIDR ranges of the proxies in front, separated by commas or
 * spaces. Only a request from one of them has its X-Forwarded-For believed; unset trusts none.
 */
export function parseTrustedProxies(raw: string | undefined): BlockList {
  const list = new BlockList()
  for (const entry of (raw ?? '').split(/[\s,]+/).filter(Boolean)) {
    const [address = '', prefix, extra] = entry.split('/')
    const family = isIP(address)
    const valid =
      family !== 0 &&
      extra === undefined &&
      (prefix === undefined ||
        (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128)))
    if (!valid) {
      throw new Error(
        `TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range (e.g. 127.0.0.1, 10.0.0.0/8, ::1)`,
      )
    }
    const type = family === 4 ? 'ipv4' : 'ipv6'
    if (prefix === undefined) list.addAddress(address, type)
    else list.addSubnet(address, Number(prefix), type)
  }
  return list
}

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.string().optional(),
  PAYLOAD_SECRET: z.string().optional(),
  SERVER_URL: z
    .url({ message: 'must be an absolute URL such as http://localhost:3000' })
    .optional(),
  MEDIA_DIR: z.string().default('data/media'),
  MEDIA_MAX_BYTES: z.coerce
    .number({ message: 'must be a number of bytes' })
    .int()
    .positive()
    .default(10 * 1024 * 1024),
  JOBS_AUTORUN: z.enum(['true', 'false'], { message: 'must be true or false' }).optional(),
  SEARCH_INDEX_PATH: z.string().default('data/search'),
  LOG_DESTINATION: z
    .enum(['stdout', 'stderr'], { message: 'must be stdout or stderr' })
    .default('stdout'),
  MEILI_URL: z.url({ message: 'must be an absolute URL such as http://127.0.0.1:7700' }).optional(),
  MEILI_MASTER_KEY: z.string().optional(),
  REVIEW_DEADLINE_WORKING_DAYS: z.coerce
    .number({ message: 'must be a whole number of working days' })
    .int()
    .min(1)
    .max(30)
    .default(2),
  TRUSTED_PROXIES: z.string().optional(),
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: z.coerce
    .number({ message: 'must be a port number' })
    .int()
    .min(1)
    .max(65535)
    .optional(),
  SMTP_SECURE: z.enum(['true', 'false'], { message: 'must be true or false' }).optional(),
  SMTP_USER: z.string().optional(),
  SMTP_PASS: z.string().optional(),
  MAIL_FROM: z.string().optional(),
})

export type Env = {
  nodeEnv: 'development' | 'production' | 'test'
  database: DatabaseTarget
  /** Falls back to a development secret, or in production a per-process random one (CLIs). */
  payloadSecret: string
  /** Whether PAYLOAD_SECRET was set: a production server refuses to start without it. */
  payloadSecretSet: boolean
  serverUrl: string | undefined
  mediaDir: string
  mediaMaxBytes: number
  reviewDeadlineWorkingDays: number
  /** CLIs whose stdout is data (`kb search --batch`) log to stderr. */
  logToStderr: boolean
  /** Folder of the embedded search engine's files. */
  searchIndexPath: string
  /** Meilisearch replaces the embedded engine when set. */
  meilisearch: { url: string; apiKey: string | undefined } | null
  /** Run scheduled jobs in this process: on by default for the server, off for tests. */
  jobsAutorun: boolean
  /** Proxies whose X-Forwarded-For names the client (see src/lib/clientAddress.ts); none by default. */
  trustedProxies: BlockList
  /** Where notifications are e-mailed through; null: the inbox only. */
  smtp: {
    host: string
    port: number
    secure: boolean
    auth: { user: string; pass: string } | undefined
    from: string
  } | null
}

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = EnvSchema.safeParse(source)
  if (!result.success) {
    const issue = result.error.issues[0]!
    throw new Error(`${issue.path.join('.')}: ${issue.message}`)
  }
  const vars = result.data
  if (vars.PAYLOAD_SECRET !== undefined && vars.PAYLOAD_SECRET.length < 16) {
    throw new Error('PAYLOAD_SECRET: must be at least 16 characters')
  }
  return {
    nodeEnv: vars.NODE_ENV,
    database: parseDatabaseUrl(vars.DATABASE_URL),
    // CLIs sign nothing that outlives them; a production server checks `payloadSecretSet` at start.
    payloadSecret:
      vars.PAYLOAD_SECRET ??
      (vars.NODE_ENV === 'production' ? randomBytes(32).toString('hex') : DEV_SECRET),
    payloadSecretSet: vars.PAYLOAD_SECRET !== undefined,
    serverUrl: vars.SERVER_URL,
    mediaDir: path.resolve(vars.MEDIA_DIR),
    mediaMaxBytes: vars.MEDIA_MAX_BYTES,
    reviewDeadlineWorkingDays: vars.REVIEW_DEADLINE_WORKING_DAYS,
    logToStderr: vars.LOG_DESTINATION === 'stderr',
    searchIndexPath: path.resolve(vars.SEARCH_INDEX_PATH),
    meilisearch: vars.MEILI_URL ? { url: vars.MEILI_URL, apiKey: vars.MEILI_MASTER_KEY } : null,
    jobsAutorun: (vars.JOBS_AUTORUN ?? (vars.NODE_ENV === 'test' ? 'false' : 'true')) === 'true',
    trustedProxies: parseTrustedProxies(vars.TRUSTED_PROXIES),
    smtp: vars.SMTP_HOST
      ? {
          host: vars.SMTP_HOST,
          // 465 is SMTP over TLS from the first byte; 587 and 25 upgrade with STARTTLS.
          port: vars.SMTP_PORT ?? 587,
          secure: (vars.SMTP_SECURE ?? String(vars.SMTP_PORT === 465)) === 'true',
          auth: vars.SMTP_USER ? { user: vars.SMTP_USER, pass: vars.SMTP_PASS ?? '' } : undefined,
          from: vars.MAIL_FROM ?? `客服知识库 <kb@${vars.SMTP_HOST}>`,
        }
      : null,
  }
}

/** Parsed at first import; a bad value prints one line and exits rather than throwing a stack. */
function loadEnv(): Env {
  try {
    return parseEnv()
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    console.error(`配置错误 / configuration error — ${message}`)
    process.exit(1)
  }
}

export const env: Env = loadEnv()
