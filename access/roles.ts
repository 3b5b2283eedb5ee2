import type { Access } from 'payload'

export const ROLES = ['admin', 'editor', 'reviewer', 'compliance', 'agent'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  admin: '管理员',
  editor: '信息采编',
  reviewer: '审核',
  compliance: '合规审核',
  agent: '客服代表',
}

/** The part of a user the predicates need; kept structural so they test without Payload. */
export type Actor = {
  id: string
  roles?: readonly Role[] | null
  orgLevel?: 'hq' | 'province' | 'city' | null
  orgCode?: string | null
  orgProvince?: string | null
  orgCity?: string | null
}

export const hasRole = (user: Actor | null | undefined, role: Role): boolean =>
  Boolean(user?.roles?.includes(role))

export const isAdmin = (user: Actor | null | undefined): boolean => hasRole(user, 'admin')

/** Headquarters' admins: settings and work that span every province. */
export const isHqAdmin = (user: Actor | null | undefined): boolean =>
  isAdmin(user) && user?.orgLevel === 'hq'

export const isHqAdminAccess: Access = ({ req }) => isHqAdmin(req.user)

export const isAuthenticated = (user: Actor | null | undefined): user is Actor => Boolean(user)

export const isAdminAccess: Access = ({ req }) => isAdmin(req.user)

export const anyoneAccess: Access = () => true
