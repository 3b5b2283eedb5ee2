import type { ThreadRow } from '@/db/threadConnection'
import { readerVisibility } from '@/domain/visibility'
import type { SearchRequest } from '../types'
import type { IndexConnections } from './connections'
import { matchExpression, weightedArms } from './ftsQuery'
import type { RetrievalPlan } from './retrievalPlan'
import type { Tables } from './schema'
import { BM25_WEIGHTS, FTS_TOP, MAX_CANDIDATES } from './tuning'

/**
 * A candidate query (columns `rid`, `bm25`) with each candidate's text for the re-ranking. The
 * query is a subquery so that its LIMIT applies before any document is read.
 */
const withText = (t: Tables, candidates: string) =>
  `SELECT d.rowid AS rid, d.id, d.external_id, d.kind, d.title, d.body, d.category_id,
          d.category_name, d.owner_level, d.owner_code, d.title_tokens, d.body_tokens,
          d.title_pinyin, c.bm25
   FROM (${candidates}) c JOIN ${t.docs} d ON d.rowid = c.rid`

/** The `scope` columns an owner clause is matched on. */
const OWNER_COLUMN = { province: 's.owner_province', city: 's.owner_city' } as const

/**
 * The visibility rule (src/domain/visibility.ts) on `scope` (alias `s`), then the channel; codes
 * go in as named arguments. `overridden_in` and `channels` are space-padded lists, so a code is
 * listed when ` code ` is in them.
 */
function scopeWhere(request: SearchRequest) {
  const { owners, hiddenIn } = readerVisibility(request.reader)
  const args: Record<string, string> = {}
  const ownerSql = owners.map((clause) => {
    const level = `s.owner_level = '${clause.level}'`
    if (clause.level === 'hq') return level
    args[`owner_${clause.level}`] = clause.code
    return `(${level} AND ${OWNER_COLUMN[clause.level]} = :owner_${clause.level})`
  })
  const filters = [
    `(${ownerSql.join(' OR ')})`,
    ...hiddenIn.map((code, i) => {
      args[`hidden${i}`] = code
      return `instr(s.overridden_in, ' ' || :hidden${i} || ' ') = 0`
    }),
  ]
  if (request.channel) {
    args.channel = request.channel
    filters.push(`instr(s.channels, ' ' || :channel || ' ') > 0`)
  }
  return { where: filters.join(' AND '), args }
}

/**
 * The best visible matches, at most MAX_CANDIDATES, with their text and bm25 (0 where unscored),
 * picked as `plan` says. A ranked plan reads them in one statement: each statement is a round trip
 * to the reader thread.
 */
export async function pickCandidates(
  connections: IndexConnections,
  t: Tables,
  plan: RetrievalPlan,
  request: SearchRequest,
): Promise<ThreadRow[]> {
  const alternatives = plan.groups.map((g) => g.alternatives)
  const { where, args } = scopeWhere(request)

  if (plan.kind === 'weighted') {
    const [title, body, pinyin] = BM25_WEIGHTS
    const arms = weightedArms(plan.groups, { title, body, pinyin })
    if (arms.length === 0) return []
    const lookups = arms
      .map(
        (arm, i) =>
          `SELECT rowid AS rid, ${arm.group} AS word, :s${i} AS s FROM ${t.fts} WHERE ${t.fts} MATCH :m${i}`,
      )
      .join(' UNION ALL ')
    const named = Object.fromEntries(
      arms.flatMap((arm, i) => [
        [`m${i}`, arm.match],
        [`s${i}`, arm.score],
      ]),
    )
    // Negated, the score reads like bm25 (lower is better) in the re-ranking.
    return connections.read({
      sql: withText(
        t,
        `WITH matched AS (${lookups}),
           per_word AS (SELECT rid, max(s) AS s FROM matched GROUP BY rid, word),
           scored AS (SELECT rid, sum(s) AS s FROM per_word GROUP BY rid)
         SELECT s.rowid AS rid, -scored.s AS bm25
         FROM scored JOIN ${t.scope} s ON s.rowid = scored.rid
         WHERE ${where}
         ORDER BY scored.s DESC, s.rowid DESC LIMIT ${MAX_CANDIDATES}`,
      ),
      args: { ...args, ...named },
    })
  }

  if (plan.kind === 'bm25') {
    const match = matchExpression(alternatives)
    if (!match) return []
    // FTS5 ranks alone (its top-n path), then the visibility filter reads only those rows.
    return connections.read({
      sql: withText(
        t,
        `WITH hits AS (
           SELECT rowid, rank FROM ${t.fts} WHERE ${t.fts} MATCH :match ORDER BY rank LIMIT ${FTS_TOP})
         SELECT s.rowid AS rid, hits.rank AS bm25
         FROM hits JOIN ${t.scope} s ON s.rowid = hits.rowid
         WHERE ${where}
         ORDER BY hits.rank LIMIT ${MAX_CANDIDATES}`,
      ),
      args: { ...args, match },
    })
  }

  // Unscored, newest first: FTS5 walks its doclists backwards and stops at the limit.
  const picked = new Set<number>()
  // A single word's title matches first; for several words, holding them all is specific enough
  // (a title-only walk would read every doclist to the end when few titles hold them all).
  const expressions = [
    ...(alternatives.length === 1 ? [matchExpression(alternatives, { columns: 'title' })] : []),
    matchExpression(alternatives, { every: true }),
    matchExpression(alternatives),
  ]
  for (const match of new Set(expressions)) {
    if (!match || picked.size >= MAX_CANDIDATES) continue
    const rows = await connections.read({
      sql: `SELECT s.rowid AS rid FROM ${t.fts} f JOIN ${t.scope} s ON s.rowid = f.rowid
            WHERE ${t.fts} MATCH :match AND ${where}
            ORDER BY f.rowid DESC LIMIT ${MAX_CANDIDATES}`,
      args: { ...args, match },
    })
    for (const r of rows) {
      if (picked.size < MAX_CANDIDATES) picked.add(Number(r.rid))
    }
  }
  if (picked.size === 0) return []
  return connections.read({
    sql: withText(t, `SELECT value AS rid, 0 AS bm25 FROM json_each(?)`),
    args: [JSON.stringify([...picked])],
  })
}
