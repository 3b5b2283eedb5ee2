import type { Payload } from 'payload'

import { DEMO_PASSWORD, SEED_USERS } from './demoUsers'
import { SEED_KNOWLEDGE_ITEMS } from './content/knowledgeItems'
import { knowledgeSeedSize, seedKnowledge, seedReferenceData } from './knowledge'
import { SEED_ORG_UNITS } from './orgTree'
import { SEED_SERVICE_ACTIVITIES } from './content/serviceActivities'
import { seedServiceActivities } from './serviceActivities'
import { SEED_REPORTS } from './content/reports'
import { seedReports } from './reports'

export type SeedOptions = {
  /** The organisation, users and reference data (categories, glossary), but no knowledge items. */
  orgOnly?: boolean
  onProgress?: (step: { done: number; total: number; label: string; action: SeedAction }) => void
}

export type SeedAction = 'created' | 'updated' | 'unchanged'
export type SeedReport = Record<SeedAction, number>

/**
 * Loads the demo organisation, users, reference data and (unless `orgOnly`) knowledge items. Idempotent: records are matched by code or e-mail and
 * brought to the seed's values, so a second run changes nothing. Passwords of existing users are
 * left alone.
 */
export async function seed(payload: Payload, options: SeedOptions = {}): Promise<SeedReport> {
  const report: SeedReport = { created: 0, updated: 0, unchanged: 0 }
  const total =
    SEED_ORG_UNITS.length +
    SEED_USERS.length +
    knowledgeSeedSize() +
    (options.orgOnly
      ? -SEED_KNOWLEDGE_ITEMS.length
      : SEED_SERVICE_ACTIVITIES.length + SEED_REPORTS.length)
  let done = 0
  const step = (label: string, action: SeedAction) => {
    report[action] += 1
    done += 1
    options.onProgress?.({ done, total, label, action })
  }

  const unitIds = new Map<string, string>()
  for (const unit of SEED_ORG_UNITS) {
    const parent = unit.parent ? unitIds.get(unit.parent) : null
    const { docs } = await payload.find({
      collection: 'org-units',
      where: { code: { equals: unit.code } },
      limit: 1,
      depth: 0,
    })
    const existing = docs[0]
    if (!existing) {
      const created = await payload.create({
        collection: 'org-units',
        data: { code: unit.code, name: unit.name, parent: parent ?? null },
      })
      unitIds.set(unit.code, created.id)
      step(`组织单位 ${unit.name}（${unit.code}）`, 'created')
    } else {
      unitIds.set(unit.code, existing.id)
      if (existing.name !== unit.name) {
        await payload.update({
          collection: 'org-units',
          id: existing.id,
          data: { name: unit.name },
        })
        step(`组织单位 ${unit.name}（${unit.code}）`, 'updated')
      } else {
        step(`组织单位 ${unit.name}（${unit.code}）`, 'unchanged')
      }
    }
  }

  for (const user of SEED_USERS) {
    const orgUnit = unitIds.get(user.orgCode)!
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { equals: user.email } },
      limit: 1,
      depth: 0,
    })
    const existing = docs[0]
    if (!existing) {
      await payload.create({
        collection: 'users',
        data: {
          email: user.email,
          password: DEMO_PASSWORD,
          name: user.name,
          roles: [user.role],
          orgUnit,
        },
      })
      step(`用户 ${user.email}`, 'created')
      continue
    }
    const same =
      existing.name === user.name &&
      String(existing.orgUnit) === String(orgUnit) &&
      existing.roles?.length === 1 &&
      existing.roles[0] === user.role
    if (same) {
      step(`用户 ${user.email}`, 'unchanged')
    } else {
      await payload.update({
        collection: 'users',
        id: existing.id,
        data: { name: user.name, roles: [user.role], orgUnit },
      })
      step(`用户 ${user.email}`, 'updated')
    }
  }
  const categoryIds = await seedReferenceData(payload, unitIds, step)
  if (!options.orgOnly) {
    await seedKnowledge(payload, unitIds, categoryIds, step)
    await seedServiceActivities(payload, unitIds, step)
    await seedReports(payload, unitIds, step)
  }
  return report
}
