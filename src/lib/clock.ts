/**
 * The application's clock. Scheduling code asks `now()` instead of `new Date()` so tests can move
 * time (`setClock`) without touching the system clock.
 */
let offsetMs = 0

export const now = (): Date => new Date(Date.now() + offsetMs)

/** Test hook: makes `now()` return `to` (the clock keeps running from there). */
export function setClock(to: Date | null): void {
  offsetMs = to ? to.getTime() - Date.now() : 0
}
