import { ROLE_LABELS, ROLES, type Role } from '@access/roles'
import { HQ_CODE, SEED_ORG_UNITS } from './orgTree'

/** Development-only password of every demo account (README lists them). */
export const DEMO_PASSWORD = 'demo-pass-2026'
export const DEMO_EMAIL_DOMAIN = 'demo.kb'

/** Units that get one demo user per role: HQ, a province with two cities, and a second province. */
export const DEMO_USER_UNITS = [HQ_CODE, '440000', '440100', '440300', '510000'] as const

export type SeedUser = { email: string; name: string; role: Role; orgCode: string }

const unitName = (code: string) => SEED_ORG_UNITS.find((unit) => unit.code === code)!.name

export const demoEmail = (role: Role, orgCode: string) => `${role}.${orgCode}@${DEMO_EMAIL_DOMAIN}`

export const SEED_USERS: SeedUser[] = DEMO_USER_UNITS.flatMap((orgCode) =>
  ROLES.map((role) => ({
    email: demoEmail(role, orgCode),
    name: `${unitName(orgCode)}·${ROLE_LABELS[role]}`,
    role,
    orgCode,
  })),
)
