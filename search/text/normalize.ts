/** Full-width to half-width (NFKC), Latin lower-cased: what both the index and queries see. */
export const normalizeText = (text: string): string => text.normalize('NFKC').toLowerCase()

const CJK = /\p{Script=Han}/u
export const isCjk = (token: string): boolean => CJK.test(token)

/** A token worth indexing: has a letter or digit (drops spaces and punctuation). */
export const isWordToken = (token: string): boolean => /[\p{L}\p{N}]/u.test(token)

/** Latin or digits only, e.g. `volte`, `5g`, `xhzw`. */
export const isLatinToken = (token: string): boolean => /^[a-z0-9][a-z0-9._-]*$/.test(token)
