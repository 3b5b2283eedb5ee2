import type { CollectionAfterChangeHook } from 'payload'

import { isRoutedKind, type FeedbackKind } from '@/domain/feedback'
import type { Feedback } from '@/payload-types'
import { notifyReportHolders } from '../notifications/notifyReport'

/** A new report (not a rating) is announced to the unit it went to, in the filing transaction. */
export const notifyNewReport: CollectionAfterChangeHook<Feedback> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation === 'create' && isRoutedKind(doc.kind as FeedbackKind))
    await notifyReportHolders(req, doc, '新反馈')
  return doc
}
