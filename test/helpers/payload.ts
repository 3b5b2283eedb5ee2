import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { seed } from '../../seed'

/** Boots Payload on this file's temporary database (see test/setup/integrationDatabase.ts). */
export async function bootPayload(): Promise<Payload> {
  return getPayload({ config })
}

/** Boots Payload and loads the demo organisation and users. */
export async function bootSeededPayload(): Promise<Payload> {
  const payload = await bootPayload()
  await seed(payload)
  return payload
}

export async function findUserByEmail(payload: Payload, email: string) {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
  })
  if (!docs[0]) throw new Error(`no user ${email}`)
  return docs[0]
}

export async function findOrgUnit(payload: Payload, code: string) {
  const { docs } = await payload.find({
    collection: 'org-units',
    where: { code: { equals: code } },
    limit: 1,
  })
  if (!docs[0]) throw new Error(`no org unit ${code}`)
  return docs[0]
}
