import { pinyin } from 'pinyin-pro'

import { isCjk } from './normalize'

/** Toneless syllables of the Han characters in a word: 携号 → ["xie", "hao"]; other characters drop. */
export function syllablesOf(word: string): string[] {
  if (!isCjk(word)) return []
  return pinyin(word, { toneType: 'none', type: 'array', nonZh: 'removed', v: true }).filter(
    Boolean,
  )
}

/**
 * What a word can be typed as in pinyin: full (`xiehaozhuanwang`) and initials (`xhzw`).
 * Single characters give nothing: their initials would match half the index.
 */
export function pinyinKeysOf(word: string): string[] {
  const syllables = syllablesOf(word)
  if (syllables.length < 2) return []
  return [syllables.join(''), syllables.map((s) => s[0]).join('')]
}
