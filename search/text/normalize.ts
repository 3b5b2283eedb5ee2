/** Full-width to half-width (NFKC), Latin lower-cased: what both the index and queries see. */
export const normalizeText = (text: string): string => text.normalize('NFKC').toLowerCase()

/**
 * Anything but the letters and digits of the scripts a Chinese knowledge base holds (Latin, Greek,
 * Cyrillic, kana, Han, Hangul). A plain character class: `\p{L}` costs twice as much per text.
 */
const SEPARATORS =
  /[^0-9a-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+/g

/** Normalised text without spaces and punctuation, for phrase and character-pair checks. */
export const compactText = (text: string): string => normalizeText(text).replace(SEPARATORS, '')

const CJK = /\p{Script=Han}/u
export const isCjk = (token: string): boolean => CJK.test(token)

/** A token worth indexing: has a letter or digit (drops spaces and punctuation). */
export const isWordToken = (token: string): boolean => {
  // Most tokens start with a Han character or an ASCII letter or digit: skip the Unicode test.
  const first = token.charCodeAt(0)
  if ((first >= 0x4e00 && first <= 0x9fff) || /^[0-9A-Za-z]/.test(token)) return true
  return /[\p{L}\p{N}]/u.test(token)
}

/** Latin or digits only, e.g. `volte`, `5g`, `xhzw`. */
export const isLatinToken = (token: string): boolean => /^[a-z0-9][a-z0-9._-]*$/.test(token)
