import type { Access, Field, GlobalConfig, PayloadRequest } from 'payload'

import { worksOnContent } from '@access/knowledgeScope'
import { isHqAdminAccess } from '@access/roles'
import {
  DEFAULT_REPORT_RULES,
  FEEDBACK_KIND_LABELS,
  FEEDBACK_KINDS,
  isRoutedKind,
  POINT_GROUP_LABELS,
  POINT_GROUPS,
  type ReportRules as Rules,
  type TierDays,
} from '@/domain/feedback'
import { ORG_LEVEL_LABELS, ORG_LEVELS } from '@/domain/orgTree'
import type { ReportRule } from '@/payload-types'

/** Handlers see the limits they work to; the settings are no secret among staff. */
const staffAccess: Access = ({ req }) => worksOnContent(req.user)

const tierDayFields = (defaults?: TierDays): Field[] =>
  ORG_LEVELS.map((level) => ({
    name: level,
    type: 'number',
    min: 1,
    max: 60,
    required: Boolean(defaults),
    defaultValue: defaults?.[level],
    label: { zh: `${ORG_LEVEL_LABELS[level]}（工作日）`, en: `${level} (working days)` },
  }))

/**
 * 时限与积分: how many working days each tier has before a report escalates, per kind where it
 * differs, and the points a valid report earns. HQ admins set them; every save is kept as a
 * version (who, when, before and after), readable by them only.
 */
export const ReportRules: GlobalConfig = {
  slug: 'report-rules',
  label: { zh: '反馈时限与积分', en: 'Report time limits and points' },
  admin: { group: { zh: '系统', en: 'System' } },
  access: {
    read: staffAccess,
    update: isHqAdminAccess,
    readVersions: isHqAdminAccess,
  },
  versions: { max: 100 },
  fields: [
    {
      name: 'days',
      type: 'group',
      label: { zh: '各层级处理时限', en: 'Time limit per tier' },
      admin: { description: '超过时限未办结的反馈标记为超时，并自动上报上一级。' },
      fields: [{ type: 'row', fields: tierDayFields(DEFAULT_REPORT_RULES.days) }],
    },
    {
      name: 'kindDays',
      type: 'array',
      label: { zh: '按类型另设时限', en: 'Per-kind limits' },
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          options: FEEDBACK_KINDS.filter(isRoutedKind).map((value) => ({
            value,
            label: FEEDBACK_KIND_LABELS[value],
          })),
          label: { zh: '类型', en: 'Kind' },
        },
        { type: 'row', fields: tierDayFields() },
      ],
    },
    {
      name: 'points',
      type: 'group',
      label: { zh: '积分', en: 'Points' },
      admin: { description: '反馈被受理或办结（认定有效）时计入提交人积分。' },
      fields: [
        {
          type: 'row',
          fields: POINT_GROUPS.map((group) => ({
            name: group,
            type: 'number',
            min: 0,
            max: 10,
            required: true,
            defaultValue: DEFAULT_REPORT_RULES.points[group],
            label: { zh: POINT_GROUP_LABELS[group], en: group },
          })),
        },
      ],
    },
  ],
}

const tierDays = (
  row: Partial<Record<keyof TierDays, number | null>> | null | undefined,
  base: TierDays,
): TierDays => ({
  hq: row?.hq ?? base.hq,
  province: row?.province ?? base.province,
  city: row?.city ?? base.city,
})

/** The rules in force, in the caller's transaction; the defaults until an admin saves them. */
export async function loadReportRules(req: PayloadRequest): Promise<Rules> {
  const saved: ReportRule = await req.payload.findGlobal({
    slug: 'report-rules',
    depth: 0,
    overrideAccess: true,
    req,
  })
  const days = tierDays(saved.days, DEFAULT_REPORT_RULES.days)
  return {
    days,
    kindDays: Object.fromEntries(
      (saved.kindDays ?? []).map((row) => [row.kind, tierDays(row, days)]),
    ),
    points: {
      problem: saved.points?.problem ?? DEFAULT_REPORT_RULES.points.problem,
      suggestion: saved.points?.suggestion ?? DEFAULT_REPORT_RULES.points.suggestion,
      walkthrough: saved.points?.walkthrough ?? DEFAULT_REPORT_RULES.points.walkthrough,
    },
  }
}
