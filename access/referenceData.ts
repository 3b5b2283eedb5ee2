import type { Access } from 'payload'

import { type Actor, anyoneAccess, hasRole, isAdmin } from './roles'

/**
 * Reference data shared by the whole organisation (categories, glossary) is curated at
 * headquarters: its admins and editors maintain it; everyone reads it.
 */
export const canCurateReferenceData = (user: Actor | null | undefined): boolean =>
  Boolean(user && user.orgLevel === 'hq' && (isAdmin(user) || hasRole(user, 'editor')))

export const curateReferenceDataAccess: Access = ({ req }) => canCurateReferenceData(req.user)

/** The access block of every reference-data collection. */
export const referenceDataAccess = {
  read: anyoneAccess,
  create: curateReferenceDataAccess,
  update: curateReferenceDataAccess,
  delete: curateReferenceDataAccess,
}
