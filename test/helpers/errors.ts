import { expect } from 'vitest'

/** Awaits a Payload call that must fail validation on `path` with a message matching `message`. */
export async function expectFieldError(call: Promise<unknown>, path: string, message: RegExp) {
  const error = (await call.then(
    () => null,
    (e: unknown) => e,
  )) as { status?: number; data?: { errors?: { path: string; message: string }[] } } | null
  expect(error, 'the call should have failed').not.toBeNull()
  expect(error!.status).toBe(400)
  const fieldError = error!.data?.errors?.find((e) => e.path === path)
  expect(fieldError, `an error on ${path}`).toBeDefined()
  expect(fieldError!.message).toMatch(message)
}
