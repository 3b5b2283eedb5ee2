import { pinyin } from 'pinyin-pro'

import { isCjk } from './normalize'

/** Words repeat across documents; pinyin-pro costs tens of microseconds a word. */
const MEMO_LIMIT = 100_000
const memo = new Map<string, readonly string[]>()

/** Toneless syllables of the Han characters in a word: 携号 → ["xie", "hao"]; other characters drop. */
export function syllablesOf(word: string): string[] {
  if (!isCjk(word)) return []
  let syllables = memo.get(word)
  if (!syllables) {
    if (memo.size >= MEMO_LIMIT) memo.clear()
    syllables = pinyin(word, { toneType: 'none', type: 'array', nonZh: 'removed', v: true }).filter(
      Boolean,
    )
    memo.set(word, syllables)
  }
  return [...syllables]
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
