/** Milliseconds a start waits for a database server before giving up with a clear message. */
export const CONNECT_TIMEOUT_MS = 5_000
