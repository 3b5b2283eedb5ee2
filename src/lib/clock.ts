/**
 * The application's clock. Scheduling code asks `now()` instead of `new Date()` so tests can set
 * the time (`setClock`) without touching the system clock.
 */
let frozenAt: Date | null = null

export const now = (): Date => (frozenAt ? new Date(frozenAt) : new Date())

/** Test hook: stops the clock at `to`; `null` lets it run with the system clock again. */
export function setClock(to: Date | null): void {
  frozenAt = to ? new Date(to) : null
}
