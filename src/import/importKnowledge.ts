import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
} from 'payload'

import { nextReviewDate } from '@/domain/reviewCycle'
import type { Knowledge, OrgUnit } from '@/payload-types'
import { plainTextToLexical } from '@/richtext/plainTextToLexical'
import { type ImportRow, importRowSchema, ownerCodeOf } from './importRow'
import type { RawRow } from './readImportFile'

export type RowProblem = { line: number; field: string; message: string }

export class ImportValidationError extends Error {
  constructor(readonly problems: RowProblem[]) {
    super(`${problems.length} 处错误，未写入任何内容`)
  }
}

export type ImportProgress = {
  done: number
  total: number
  externalId: string
  action: 'created' | 'updated'
}
export type ImportReport = { created: number; updated: number; categoriesCreated: number }

const SUMMARY_MAX = 300

/** Files carry no summary: the body's first sentence stands in, cut to the field's length. */
export function summaryOf(body: string): string {
  const first = body.split(/(?<=[。！？!?])|\n/)[0]!.trim()
  return first.length <= SUMMARY_MAX ? first : `${first.slice(0, SUMMARY_MAX - 1)}…`
}

type ValidRow = { line: number; row: ImportRow; unit: OrgUnit }

/** Every row checked (shape, then owner unit against the database) before anything is written. */
async function validate(payload: Payload, raw: RawRow[]): Promise<ValidRow[]> {
  const { docs: units } = await payload.find({
    collection: 'org-units',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const byCode = new Map(units.map((unit) => [unit.code, unit]))
  const hq = units.find((unit) => unit.level === 'hq')
  const problems: RowProblem[] = []
  const valid: ValidRow[] = []
  const seen = new Map<string, number>()
  for (const { line, value } of raw) {
    if (value instanceof Error) {
      problems.push({ line, field: '(行)', message: value.message })
      continue
    }
    const parsed = importRowSchema.safeParse(value)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ line, field: issue.path.join('.') || '(行)', message: issue.message })
      }
      continue
    }
    const row = parsed.data
    const earlier = seen.get(row.id)
    if (earlier !== undefined) {
      problems.push({ line, field: 'id', message: `与第 ${earlier} 行重复` })
      continue
    }
    seen.set(row.id, line)
    const code = hq ? ownerCodeOf(row.scope, hq.code) : null
    const unit = code ? byCode.get(code) : undefined
    const expectedLevel = row.scope.level === 'national' ? 'hq' : row.scope.level
    if (!unit) {
      problems.push({
        line,
        field: 'scope',
        message: `单位 ${code ?? '总部'} 不存在（先运行 npm run seed -- --org-only）`,
      })
    } else if (unit.level !== expectedLevel) {
      problems.push({ line, field: 'scope', message: `单位 ${code} 不是${row.scope.level}级` })
    } else if (row.scope.level === 'city' && unit.province !== row.scope.province) {
      problems.push({
        line,
        field: 'scope.province',
        message: `${code} 不属于 ${row.scope.province}`,
      })
    } else {
      valid.push({ line, row, unit })
    }
  }
  if (problems.length > 0) throw new ImportValidationError(problems)
  return valid
}

/**
 * Imports knowledge items from rows of a JSONL or CSV file. All rows are validated first; then
 * everything is written in one transaction, so a file is imported whole or not at all. The same
 * external ids update their items. `publish` makes them live at once, audited as an import.
 */
export async function importKnowledge(
  payload: Payload,
  raw: RawRow[],
  options: { publish: boolean; actorName: string; onProgress?: (progress: ImportProgress) => void },
): Promise<ImportReport> {
  const rows = await validate(payload, raw)
  const req = await createLocalReq({ context: { workflowTransition: true } }, payload)
  await initTransaction(req)
  const report: ImportReport = { created: 0, updated: 0, categoriesCreated: 0 }
  const categories = new Map<string, { id: string; cycleDays: number | null }>()
  const categoryOf = async (name: string) => {
    const known = categories.get(name)
    if (known) return known
    const { docs } = await payload.find({
      collection: 'categories',
      where: { name: { equals: name } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    let category = docs[0]
    if (!category) {
      category = await payload.create({
        collection: 'categories',
        data: { name, reviewCycleDays: 180 },
        overrideAccess: true,
        req,
      })
      report.categoriesCreated += 1
    }
    const entry = { id: category.id, cycleDays: category.reviewCycleDays ?? null }
    categories.set(name, entry)
    return entry
  }
  try {
    for (const [index, { row, unit }] of rows.entries()) {
      const { docs } = await payload.find({
        collection: 'knowledge',
        where: { externalId: { equals: row.id } },
        limit: 1,
        depth: 0,
        draft: true,
        overrideAccess: true,
        req,
      })
      const existing = docs[0]
      const revision = (existing?.workflowRevision ?? 0) + 1
      const state = options.publish ? 'published' : 'draft'
      const category = await categoryOf(row.category)
      const at = new Date()
      const data: Partial<Knowledge> = {
        externalId: row.id,
        kind: row.kind,
        title: row.title,
        summary: summaryOf(row.body),
        body: plainTextToLexical(row.body) as Knowledge['body'],
        category: category.id,
        channels: row.channels,
        ownerUnit: unit.id,
        workflowState: options.publish ? 'published' : (existing?.workflowState ?? 'draft'),
        reviewStep: null,
        stepDeadline: null,
        workflowRevision: revision,
        // Imported live items enter 更新制度 like published ones: a review a category cycle on.
        ...(options.publish
          ? {
              publishedAt: at.toISOString(),
              _status: 'published' as const,
              nextReviewAt: nextReviewDate(at, category.cycleDays).toISOString(),
            }
          : {}),
      }
      // Without --publish, a live item gets a new draft version; its live version stays.
      const asDraft = !options.publish
      const saved = existing
        ? await payload.update({
            collection: 'knowledge',
            id: existing.id,
            data,
            draft: asDraft,
            overrideAccess: true,
            req,
          })
        : await payload.create({
            collection: 'knowledge',
            data: { ...data, _status: options.publish ? 'published' : 'draft' } as Knowledge,
            draft: asDraft,
            overrideAccess: true,
            req,
          })
      await payload.create({
        collection: 'review-events',
        data: {
          transitionKey: `${saved.id}:${revision}`,
          item: saved.id,
          itemTitle: row.title,
          action: 'import',
          from: existing?.workflowState ?? null,
          to: state === 'published' ? 'published' : (saved.workflowState ?? 'draft'),
          actorName: options.actorName,
          comment: existing ? '批量导入（更新）' : '批量导入',
          ownerLevel: saved.ownerLevel,
          ownerProvince: saved.ownerProvince,
          ownerCity: saved.ownerCity,
        },
        overrideAccess: true,
        req,
      })
      if (existing) report.updated += 1
      else report.created += 1
      options.onProgress?.({
        done: index + 1,
        total: rows.length,
        externalId: row.id,
        action: existing ? 'updated' : 'created',
      })
    }
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  return report
}
