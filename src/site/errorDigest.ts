/**
 * The number Next gives a server error, logged beside it on the server and sent to the page in its
 * place (never the error's text, which may name internals): what support asks a user to read out.
 */
export function errorDigest(error: unknown): string | null {
  return error instanceof Error && 'digest' in error && error.digest ? String(error.digest) : null
}
