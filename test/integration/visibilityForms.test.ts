/**
 * The visibility rule is stated once (src/domain/visibility.ts) and rendered into three query
 * languages. This checks, on generated cases, that every form selects exactly what the rule does:
 * organisation trees (HQ, provinces, cities with GB/T-like codes), items owned at any tier, on any
 * channels, published or not, some of them local variants of others; readers of two kinds, the
 * public naming an area and agents at a unit. For each reader and channel these sets must be equal:
 *
 *   (a) the rule: `visibleTo` over the generated items (owners and variants as generated);
 *   (b) Payload, for real on this file's database (test/setup/integrationDatabase.ts): the hall's
 *       `hallWhere` (online_hall), the public where with `areaVisibilityWhere` (self_service), an
 *       agent user's own read access (agent_kb);
 *   (c) a real EmbeddedEngine holding the items' search documents, searched with a word that every
 *       document holds (its SQL filter picks the hits);
 *   (d) the Meilisearch filter (`searchFilter`), read by the small evaluator in
 *       test/helpers/meiliFilter.ts: no Meilisearch server runs here (the contract suite runs
 *       against a real one when MEILI_URL is set).
 *
 * Items are created through Payload (hooks copy the owner's codes; `refreshOverriddenIn` stores
 * where published variants replace an original), so (b)–(d) read stored data, not the generator's.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import fc from 'fast-check'
import { createLocalReq, type Payload, type Where } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { areaVisibilityWhere, publicKnowledgeWhere } from '@access/knowledge'
import { refreshOverriddenIn } from '@collections/Knowledge/workflow/refreshOverriddenIn'
import { searchDocumentFor } from '@search/documents'
import { EmbeddedEngine } from '@search/embedded/EmbeddedEngine'
import { searchFilter } from '@search/meilisearch/filter'
import type { SearchDocument, SearchIndexName, SearchRequest } from '@search/types'
import { seed } from '@seed/index'
import {
  type Channel,
  CHANNELS,
  isInternalKind,
  KNOWLEDGE_KINDS,
  type KnowledgeKind,
  PUBLIC_CHANNELS,
  PUBLIC_KINDS,
} from '@/domain/channels'
import { buildOrgScope, ORG_LEVELS, type OrgLevel, type OrgScope } from '@/domain/orgTree'
import { mayLocalise, overriddenIn, type ReaderArea, visibleTo } from '@/domain/visibility'
import { DEMO_EMAIL_DOMAIN } from '@/lib/demoAccounts'
import type { Knowledge, User } from '@/payload-types'
import { hallWhere } from '@/site/hall/knowledge'
import { createKnowledgeAt } from '@test/helpers/knowledge'
import { parseMeiliFilter } from '@test/helpers/meiliFilter'
import { bootPayload } from '@test/helpers/payload'

const RUNS = 40
const HQ: OrgScope = buildOrgScope('hq', '100000', null)
/** GB/T 2260 province prefixes. */
const PROVINCE_PREFIXES = [
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41',
  '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
] // prettier-ignore
/** Every item's title: a query for it matches every document. */
const TITLE = '中国电信服务说明'

// --- Generated cases -------------------------------------------------------------------------

type Tree = { provinces: OrgScope[]; cities: OrgScope[] }
type ItemSpec = {
  owner: OrgScope
  kind: KnowledgeKind
  channels: Channel[]
  published: boolean
  /** Index of an earlier item this one localises. */
  overrides: number | null
}
type Case = { tree: Tree; items: ItemSpec[]; elsewhere: ReaderArea }

const codeOf = (prefix: string, city: number) => `${prefix}${String(city).padStart(2, '0')}00`

const treeArb: fc.Arbitrary<Tree> = fc
  .uniqueArray(
    fc.record({
      prefix: fc.constantFrom(...PROVINCE_PREFIXES),
      cities: fc.uniqueArray(fc.integer({ min: 1, max: 20 }), { maxLength: 2 }),
    }),
    { minLength: 1, maxLength: 3, selector: (p) => p.prefix },
  )
  .map((specs) => {
    const provinces = specs.map((p) => buildOrgScope('province', codeOf(p.prefix, 0), HQ))
    const cities = specs.flatMap((p, i) =>
      p.cities.map((c) => buildOrgScope('city', codeOf(p.prefix, c), provinces[i]!)),
    )
    return { provinces, cities }
  })

/**
 * Raw choices, resolved against the tree: an owner by tier (each tier as likely, so that items are
 * seen by many readers) and index, a variant only where `mayLocalise` allows one.
 */
type ItemChoice = Omit<ItemSpec, 'owner'> & { owner: { tier: OrgLevel; index: number } }
const itemChoiceArb: fc.Arbitrary<ItemChoice> = fc.record({
  owner: fc.record({ tier: fc.constantFrom(...ORG_LEVELS), index: fc.nat() }),
  kind: fc.constantFrom(...KNOWLEDGE_KINDS),
  channels: fc.subarray([...CHANNELS], { minLength: 1 }),
  // Mostly published: only published variants hide, only published items are read.
  published: fc.nat(3).map((n) => n > 0),
  overrides: fc.option(fc.nat(), { freq: 4 }),
})

function resolveItems(tree: Tree, choices: ItemChoice[]): ItemSpec[] {
  const items: ItemSpec[] = []
  for (const choice of choices) {
    const tier = { hq: [HQ], province: tree.provinces, city: tree.cities }[choice.owner.tier]
    const units = tier.length > 0 ? tier : tree.provinces
    const owner = units[choice.owner.index % units.length]!
    const originals = items
      .map((item, index) => ({ item, index }))
      .filter(({ item }) => mayLocalise(owner, item.owner))
    items.push({
      owner,
      kind: choice.kind,
      // Internal kinds are refused on public channels.
      channels: isInternalKind(choice.kind) ? ['agent_kb'] : choice.channels,
      published: choice.published,
      overrides:
        choice.overrides === null || originals.length === 0
          ? null
          : originals[choice.overrides % originals.length]!.index,
    })
  }
  return items
}

const caseArb: fc.Arbitrary<Case> = treeArb.chain((tree) =>
  fc.record({
    tree: fc.constant(tree),
    items: fc
      .array(itemChoiceArb, { minLength: 1, maxLength: 10 })
      .map((choices) => resolveItems(tree, choices)),
    // An area that may lie outside the tree (another province, or a city not in it).
    elsewhere: fc
      .record({
        prefix: fc.constantFrom(...PROVINCE_PREFIXES),
        city: fc.integer({ min: 0, max: 20 }),
      })
      .map(({ prefix, city }) => ({
        province: codeOf(prefix, 0),
        city: city === 0 ? null : codeOf(prefix, city),
      })),
  }),
)

const province = (code: string) => buildOrgScope('province', code, HQ)
/**
 * Found by this test: an HQ item localised in two provinces stayed visible in both through Payload
 * on the SQL adapters (`not_like`, see access/knowledge.ts), while search hid it. Always checked.
 */
const TWO_VARIANTS: Case = {
  tree: { provinces: [province('110000'), province('430000')], cities: [] },
  items: [
    { owner: HQ, kind: 'faq', channels: [...CHANNELS], published: true, overrides: null },
    {
      owner: province('110000'),
      kind: 'faq',
      channels: ['online_hall'],
      published: true,
      overrides: 0,
    },
    {
      owner: province('430000'),
      kind: 'faq',
      channels: ['agent_kb'],
      published: true,
      overrides: 0,
    },
  ],
  elsewhere: { province: '110000', city: null },
}

// --- The organisation, users and engine, shared by all runs ------------------------------------

let payload: Payload
let engine: EmbeddedEngine
let engineDirectory: string
const unitIds = new Map<string, string>()
const agents = new Map<string, User>()

async function unitId(scope: OrgScope): Promise<string> {
  const known = unitIds.get(scope.code)
  if (known) return known
  const parent =
    scope.level === 'city' ? await unitId(buildOrgScope('province', scope.province!, HQ)) : null
  const { docs } = await payload.find({
    collection: 'org-units',
    where: { code: { equals: scope.code } },
    limit: 1,
    depth: 0,
  })
  const id =
    docs[0]?.id ??
    (
      await payload.create({
        collection: 'org-units',
        data: {
          code: scope.code,
          name: `单位${scope.code}`,
          parent: parent ?? unitIds.get(HQ.code)!,
        },
      })
    ).id
  unitIds.set(scope.code, id)
  return id
}

async function agentAt(scope: OrgScope): Promise<User> {
  const known = agents.get(scope.code)
  if (known) return known
  const agent = await payload.create({
    collection: 'users',
    data: {
      email: `vf-agent.${scope.code}@${DEMO_EMAIL_DOMAIN}`,
      password: `vf-${scope.code}-password`,
      name: `坐席${scope.code}`,
      roles: ['agent'],
      orgUnit: await unitId(scope),
    },
  })
  agents.set(scope.code, agent)
  return agent
}

beforeAll(async () => {
  payload = await bootPayload()
  await seed(payload, { orgOnly: true })
  await unitId(HQ)
  engineDirectory = mkdtempSync(path.join(os.tmpdir(), 'kb-visibility-forms-'))
  engine = new EmbeddedEngine(engineDirectory)
  await engine.ensureIndexes({ glossary: [] })
})

afterAll(async () => {
  await engine?.close()
  if (engineDirectory) rmSync(engineDirectory, { recursive: true, force: true })
})

// --- One case --------------------------------------------------------------------------------

let run = 0
/** Over all runs: how often a variant hid an item its owner showed; readers who saw nothing, something. */
const seen = { hiddenByVariant: 0, nothingVisible: 0, somethingVisible: 0 }
/** The documents the engine holds from the previous case, removed before the next. */
let indexed: Record<SearchIndexName, string[]> = { online_hall: [], agent_kb: [] }

/** Creates the case's items through Payload; returns them as stored, in the case's order. */
async function createItems(items: ItemSpec[]): Promise<Knowledge[]> {
  run += 1
  const ids: string[] = []
  for (const [i, item] of items.entries()) {
    await unitId(item.owner)
    const created = await createKnowledgeAt(payload, item.owner.code, {
      state: item.published ? 'published' : 'draft',
      externalId: `vf-${run}-${i}`,
      title: TITLE,
      kind: item.kind,
      channels: item.channels,
      overrides: item.overrides === null ? undefined : ids[item.overrides],
    })
    ids.push(created.id)
  }
  // As a variant's publication does (the seed calls it the same way).
  const req = await createLocalReq({ context: { workflowTransition: true } }, payload)
  for (const original of new Set(items.map((item) => item.overrides))) {
    if (original !== null) await refreshOverriddenIn(req, ids[original]!)
  }
  const { docs } = await payload.find({
    collection: 'knowledge',
    where: { id: { in: ids } },
    overrideAccess: true,
    depth: 0,
    limit: 0,
    pagination: false,
  })
  const byId = new Map(docs.map((doc) => [doc.id, doc]))
  return ids.map((id) => byId.get(id)!)
}

async function indexItems(stored: Knowledge[]): Promise<Record<SearchIndexName, SearchDocument[]>> {
  const documents = {} as Record<SearchIndexName, SearchDocument[]>
  for (const index of ['online_hall', 'agent_kb'] as const) {
    if (indexed[index].length > 0) await engine.delete(index, indexed[index])
    documents[index] = stored
      .map((item) => searchDocumentFor(item, index, null))
      .filter((doc): doc is SearchDocument => doc !== null)
    await engine.upsert(index, documents[index])
    indexed = { ...indexed, [index]: documents[index].map((doc) => doc.id) }
  }
  return documents
}

type Reader = { label: string; area: ReaderArea; agent?: OrgScope }
const readersOf = (c: Case): Reader[] => {
  const units = [HQ, ...c.tree.provinces, ...c.tree.cities]
  const areaOf = (unit: OrgScope): ReaderArea => ({ province: unit.province, city: unit.city })
  return [
    ...units.map((unit) => ({ label: `public at ${unit.code}`, area: areaOf(unit) })),
    { label: `public at ${c.elsewhere.province}/${c.elsewhere.city}`, area: c.elsewhere },
    ...units.map((unit) => ({ label: `agent at ${unit.code}`, area: areaOf(unit), agent: unit })),
  ]
}

const sorted = (ids: Iterable<string>) => [...ids].sort()

async function checkCase(c: Case): Promise<void> {
  const stored = await createItems(c.items)
  const documents = await indexItems(stored)
  const runIds = stored.map((item) => item.id)
  const id = (i: number) => stored[i]!.id

  // (a) The rule, over the generated items: where each original's published variants are owned.
  const variantOwners = c.items.map((_, i) =>
    c.items.filter((v) => v.overrides === i && v.published).map((v) => v.owner),
  )
  const ruleSelects = (reader: Reader, channel: Channel) =>
    sorted(
      c.items.flatMap((item, i) => {
        const onChannel =
          item.published &&
          item.channels.includes(channel) &&
          (reader.agent !== undefined || PUBLIC_KINDS.includes(item.kind))
        const visible = visibleTo(
          { owner: item.owner, overriddenIn: overriddenIn(variantOwners[i]!) },
          reader.area,
        )
        if (
          onChannel &&
          !visible &&
          visibleTo({ owner: item.owner, overriddenIn: [] }, reader.area)
        )
          seen.hiddenByVariant += 1
        return onChannel && visible ? [id(i)] : []
      }),
    )

  const failures: string[] = []
  for (const reader of readersOf(c)) {
    const channels: readonly Channel[] = reader.agent ? ['agent_kb'] : PUBLIC_CHANNELS
    for (const channel of channels) {
      const index: SearchIndexName = reader.agent ? 'agent_kb' : 'online_hall'

      // (b) Payload: the hall's where, the public where for the kiosk, an agent's own access.
      const inRun: Where = { id: { in: runIds } }
      const where: Where = reader.agent
        ? inRun
        : channel === 'online_hall'
          ? { and: [inRun, hallWhere(reader.area)] }
          : {
              and: [
                inRun,
                publicKnowledgeWhere,
                { channels: { in: [channel] } },
                areaVisibilityWhere(reader.area),
              ],
            }
      const { docs } = await payload.find({
        collection: 'knowledge',
        where,
        depth: 0,
        limit: 0,
        pagination: false,
        select: { title: true },
        ...(reader.agent
          ? { user: await agentAt(reader.agent), overrideAccess: false }
          : { overrideAccess: true }),
      })

      // (c) the embedded engine, and (d) the Meilisearch filter over the same documents.
      const request: SearchRequest = {
        index,
        q: TITLE,
        reader: reader.area,
        channel,
        limit: 100,
        offset: 0,
      }
      const { hits } = await engine.search(request)
      const meili = parseMeiliFilter(searchFilter(request))

      const forms = {
        rule: ruleSelects(reader, channel),
        payload: sorted(docs.map((doc) => doc.id)),
        embedded: sorted(hits.map((hit) => hit.id)),
        meilisearch: sorted(documents[index].filter((doc) => meili(doc)).map((doc) => doc.id)),
      }
      seen[forms.rule.length === 0 ? 'nothingVisible' : 'somethingVisible'] += 1
      for (const [form, selected] of Object.entries(forms)) {
        if (selected.join() !== forms.rule.join()) {
          const name = (ids: string[]) => ids.map((x) => `#${runIds.indexOf(x)}`).join(' ')
          failures.push(
            `${reader.label}, ${channel}: ${form} selects [${name(selected)}], the rule [${name(forms.rule)}]`,
          )
        }
      }
    }
  }
  if (failures.length > 0) throw new Error(failures.join('\n'))
}

it('Payload, the embedded engine and the Meilisearch filter select what the rule does', async () => {
  await fc.assert(fc.asyncProperty(caseArb, checkCase), {
    numRuns: RUNS,
    examples: [[TWO_VARIANTS]],
  })
  // Not vacuous: variants hid items their owners showed, and readers saw items or none.
  expect(seen.hiddenByVariant).toBeGreaterThan(0)
  expect(seen.somethingVisible).toBeGreaterThan(0)
  expect(seen.nothingVisible).toBeGreaterThan(0)
}, 900_000)
