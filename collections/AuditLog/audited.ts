import type { OrgLevel } from '@/domain/orgTree'
import type { AuditedCollection } from './hooks/recordAudit'

const text = (value: unknown) => (typeof value === 'string' ? value : '')

/**
 * What the audit watches (issue 22: 联系人制度 and 更新制度 rest on them): who holds which role in
 * which unit, the region values answers quote, and the glossary search runs on.
 */
export const AUDITED: Record<string, AuditedCollection> = {
  users: {
    fields: ['roles', 'orgUnit'],
    titleOf: (doc) => text(doc.email),
    scopeOf: (doc) => ({
      level: (text(doc.orgLevel) || 'hq') as OrgLevel,
      code: text(doc.orgCode),
      province: text(doc.orgProvince) || null,
      city: text(doc.orgCity) || null,
    }),
  },
  'org-units': {
    fields: ['name', 'parent', 'regionValues'],
    titleOf: (doc) => `${text(doc.name)}（${text(doc.code)}）`,
    scopeOf: (doc) => ({
      level: (text(doc.level) || 'hq') as OrgLevel,
      code: text(doc.code),
      province: text(doc.province) || null,
      city: text(doc.city) || null,
    }),
  },
  // National reference data: headquarters' admins read its changes.
  glossary: {
    fields: ['term', 'synonyms', 'note'],
    titleOf: (doc) => text(doc.term),
    scopeOf: () => null,
  },
}
