import type { TaskConfig } from 'payload'

/**
 * One notification e-mail through Payload's e-mail adapter (nodemailer over SMTP). Queued by
 * `notify` in the transaction of the change; retried when the SMTP server refuses or is down.
 */
export const sendEmailTask: TaskConfig<'sendNotificationEmail'> = {
  slug: 'sendNotificationEmail',
  label: '发送通知邮件',
  retries: 5,
  inputSchema: [
    { name: 'to', type: 'email', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
  ],
  handler: async ({ input, req }) => {
    await req.payload.sendEmail({ to: input.to, subject: input.subject, text: input.text })
    return { output: {} }
  },
}
