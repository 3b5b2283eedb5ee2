import { worksOnContent } from '@access/knowledgeScope'
import { type Actor, hasRole, isAdmin } from '@access/roles'
import type { FeedbackKind, FeedbackStatus, ReportActor, ReportState } from '@/domain/feedback'
import { relationId } from '@/lib/relationId'
import type { Feedback } from '@/payload-types'

/** A user as the report rules see them: their unit, and whether they are its gatekeeper (把关). */
export const reportActorOf = (user: Actor): ReportActor => ({
  id: user.id,
  unitCode: user.orgCode ?? null,
  worksOnContent: worksOnContent(user),
  gatekeeper: hasRole(user, 'reviewer') || isAdmin(user),
})

/** A stored report as the rules see it. */
export const reportStateOf = (doc: Feedback): ReportState => ({
  kind: doc.kind as FeedbackKind,
  status: doc.status as FeedbackStatus,
  reporterId: relationId(doc.reporter) ?? '',
  handlerCode: doc.handlerCode ?? null,
  handlerLevel: doc.handlerLevel ?? null,
  closedAt: doc.closedAt ? new Date(doc.closedAt) : null,
  reopened: Boolean(doc.reopened),
  mergedInto: relationId(doc.mergedInto),
})
