import type { Access, CollectionConfig } from 'payload'

import { worksOnContent } from '@access/knowledgeScope'
import { actorScope, subtreeWhere } from '@access/orgScope'
import { isAuthenticated } from '@access/roles'

const nobody = () => false

/** Agents read their own acknowledgements; content workers those of their subtree's users. */
const readNoticeAcks: Access = ({ req }) => {
  const user = req.user
  if (!isAuthenticated(user)) return false
  const own = { user: { equals: user.id } }
  const scope = actorScope(user)
  if (!scope || !worksOnContent(user)) return own
  const subtree = subtreeWhere(scope, { province: 'userProvince', city: 'userCity' })
  return subtree === true ? true : { or: [own, subtree] }
}

/** An agent's 已读 on a service notice (服务公告), once per notice and user. */
export const NoticeAcks: CollectionConfig = {
  slug: 'notice-acks',
  labels: {
    singular: { zh: '公告已读', en: 'Notice acknowledgement' },
    plural: { zh: '公告已读', en: 'Notice acknowledgements' },
  },
  admin: {
    useAsTitle: 'ackKey',
    defaultColumns: ['notice', 'user', 'createdAt'],
    group: { zh: '系统', en: 'System' },
  },
  access: { read: readNoticeAcks, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'notice', type: 'relationship', relationTo: 'knowledge', required: true, index: true },
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true },
    { name: 'userCode', type: 'text', index: true },
    { name: 'userProvince', type: 'text', index: true },
    { name: 'userCity', type: 'text', index: true },
    { name: 'ackKey', type: 'text', required: true, unique: true, admin: { readOnly: true } },
  ],
}
