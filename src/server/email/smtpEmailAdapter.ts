import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

import type { Env } from '@/env'

/**
 * Payload's e-mail through nodemailer over SMTP, configured by environment (`SMTP_*`, `MAIL_FROM`).
 * Payload's own `@payloadcms/email-nodemailer` is the same few lines, but pins an exact Payload
 * version one patch behind ours.
 */
export function smtpEmailAdapter(smtp: NonNullable<Env['smtp']>): EmailAdapter {
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.auth,
  })
  const from = /^(.*)<(.+)>\s*$/.exec(smtp.from)
  const defaultFromName = from ? from[1]!.trim() : '客服知识库'
  const defaultFromAddress = from ? from[2]!.trim() : smtp.from
  return () => ({
    name: 'smtp',
    defaultFromName,
    defaultFromAddress,
    sendEmail: (message) =>
      transport.sendMail({
        from: { name: defaultFromName, address: defaultFromAddress },
        ...message,
      }),
  })
}
