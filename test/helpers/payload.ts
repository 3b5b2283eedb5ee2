import config from '@payload-config'
import { createLocalReq, getPayload, initTransaction, type Payload } from 'payload'

import { seed } from '@seed/index'

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

/**
 * A request with an open transaction that has written (on SQLite it holds the write lock until
 * `commitTransaction(req)`), as an editor's save does while its hooks run.
 */
export async function openWriteTransaction(payload: Payload) {
  const req = await createLocalReq({}, payload)
  if (!(await initTransaction(req))) throw new Error('the database opened no transaction')
  const hq = await findOrgUnit(payload, '100000')
  await payload.create({
    collection: 'org-units',
    data: { name: '海南', code: '460000', parent: hq.id },
    req,
  })
  return req
}
