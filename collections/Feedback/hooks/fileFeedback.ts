import { APIError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { actorContains, actorScope } from '@access/orgScope'
import { worksOnContent } from '@access/knowledgeScope'
import {
  feedbackProblem,
  type FeedbackKind,
  isRoutedKind,
  reportDueAt,
  reportTitle,
} from '@/domain/feedback'
import type { OrgScope } from '@/domain/orgTree'
import { now } from '@/lib/clock'
import { loadOrgScope } from '@/lib/loadOrgScope'
import { relationId } from '@/lib/relationId'
import type { Feedback, User } from '@/payload-types'
import { loadReportRules } from '@collections/ReportRules'
import { handlerFields } from '../routing/handlerFields'

/** What the reporter filed, and where it went first: never changed after filing. */
const FILED_FIELDS = [
  'kind',
  'item',
  'itemTitle',
  'rating',
  'query',
  'text',
  'walkedUnit',
  'walkthroughMode',
  'reporter',
  'reporterProvince',
  'area',
  'ownerLevel',
  'ownerCode',
  'ownerProvince',
  'ownerCity',
  'createdAt',
] as const

/** What a reporter supplies; every other field of a new report is the server's. */
const REPORTED_FIELDS = ['kind', 'item', 'rating', 'query', 'text', 'walkthroughMode'] as const

const refuse = (message: string): never => {
  throw new APIError(message, 400, null, true)
}

/** The item reported on, read as the reporter (so an item they cannot read is refused). */
async function loadReportedItem(req: PayloadRequest, user: User, id: string) {
  const { docs } = await req.payload.find({
    collection: 'knowledge',
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    overrideAccess: false,
    user,
    req,
  })
  return docs[0] ?? refuse('条目不存在或无权查看')
}

/** A 流程穿越 is recorded by content workers, of a unit inside their own subtree. */
async function loadWalkedUnit(req: PayloadRequest, user: User, ref: unknown): Promise<OrgScope> {
  if (!worksOnContent(user)) return refuse('流程穿越由省、地市的管理人员记录')
  const scope = await loadOrgScope(req, relationId(ref))
  if (!scope) return refuse('请选择被穿越的单位（walkedUnit）')
  if (!actorContains(user, scope)) return refuse('只能穿越本单位及下级单位的流程')
  return scope
}

/**
 * On a new report: the reporter is whoever is signed in; an item report must name an item they
 * can read and goes to its owner unit, a 流程穿越 to the unit walked through, anything else to
 * the reporter's own unit (分公司自行解决, 需上级支撑的再往上流转). That unit holds it first, with
 * the time limit of its tier. Whatever else the body carries (a status, a handler, a date) is
 * dropped. On later saves, which only the handling endpoint and jobs make, what was filed stays.
 */
export const fileFeedback: CollectionBeforeChangeHook<Feedback> = async ({
  data,
  operation,
  req,
  originalDoc,
}) => {
  if (operation === 'update') {
    const filed = Object.fromEntries(
      FILED_FIELDS.map((field) => [field, originalDoc?.[field] ?? null]),
    )
    return { ...data, ...filed }
  }
  const user = req.user
  if (!user) throw new APIError('请先登录', 401, null, true)
  const kind = data.kind as FeedbackKind
  const itemId = relationId(data.item)
  const problem = feedbackProblem({
    kind,
    rating: data.rating,
    text: data.text,
    query: data.query,
    hasItem: Boolean(itemId),
  })
  if (problem) refuse(problem)
  const reporterUnit = actorScope(user) ?? refuse('您的账号没有所属单位，不能提交')

  const item = itemId ? await loadReportedItem(req, user, itemId) : null
  const origin: OrgScope | null = item
    ? {
        level: item.ownerLevel ?? 'hq',
        code: item.ownerCode ?? '',
        province: item.ownerProvince ?? null,
        city: item.ownerCity ?? null,
      }
    : kind === 'walkthrough'
      ? await loadWalkedUnit(req, user, data.walkedUnit)
      : reporterUnit
  const at = now()
  const routed = isRoutedKind(kind) && origin !== null
  return {
    ...Object.fromEntries(REPORTED_FIELDS.map((field) => [field, data[field] ?? null])),
    walkedUnit: kind === 'walkthrough' ? relationId(data.walkedUnit) : null,
    walkthroughMode: kind === 'walkthrough' ? (data.walkthroughMode ?? 'self') : null,
    itemTitle: reportTitle({ kind, itemTitle: item?.title, query: data.query, text: data.text }),
    // The application's clock files it, like its time limit (and a test's clock with them).
    createdAt: at.toISOString(),
    reporter: user.id,
    reporterProvince: reporterUnit.province,
    area: reporterUnit.code,
    status: 'new',
    reply: null,
    handledBy: null,
    closedAt: null,
    reopened: false,
    mergedInto: null,
    followers: [],
    points: null,
    overdue: false,
    escalations: 0,
    ownerLevel: origin?.level ?? null,
    ownerCode: origin?.code ?? null,
    ownerProvince: origin?.province ?? null,
    ownerCity: origin?.city ?? null,
    ...(routed
      ? {
          ...handlerFields(origin),
          dueAt: reportDueAt(await loadReportRules(req), kind, origin.level, at).toISOString(),
          history: [{ event: 'filed', at: at.toISOString(), by: user.id, toCode: origin.code }],
        }
      : {
          handlerLevel: null,
          handlerCode: null,
          handlerProvince: null,
          handlerCity: null,
          dueAt: null,
          history: [],
        }),
  } as Partial<Feedback>
}
