import type { z } from 'zod'

/** An error in Payload's own REST shape, so clients read custom endpoints like the built-in ones. */
export const errorResponse = (status: number, message: string, init: ResponseInit = {}) =>
  Response.json({ errors: [{ message }] }, { ...init, status })

/** The first problem of a failed parse as `field: message` (`fallback` names a field-less one). */
export function firstIssue(error: z.ZodError, fallback = 'body'): string {
  const issue = error.issues[0]!
  return `${issue.path.join('.') || fallback}: ${issue.message}`
}
