const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Match ranges of any of `terms` (case-insensitive, full-width folded by the caller's NFKC). */
function matchRanges(text: string, terms: readonly string[]): Array<[number, number]> {
  const usable = terms.filter((t) => t.length > 0)
  if (usable.length === 0) return []
  const pattern = new RegExp(usable.map(escapeRegExp).join('|'), 'giu')
  const ranges: Array<[number, number]> = []
  const folded = text.normalize('NFKC')
  // NFKC can change lengths; only highlight when it did not, rather than mark the wrong place.
  if (folded.length !== text.length) return []
  for (const match of folded.matchAll(pattern)) {
    if (match[0].length > 0) ranges.push([match.index, match.index + match[0].length])
  }
  return ranges
}

function mark(text: string, ranges: Array<[number, number]>, from = 0, to = text.length): string {
  let out = ''
  let at = from
  for (const [start, end] of ranges) {
    if (end <= from || start >= to) continue
    const s = Math.max(start, from)
    const e = Math.min(end, to)
    out += escapeHtml(text.slice(at, s)) + '<mark>' + escapeHtml(text.slice(s, e)) + '</mark>'
    at = e
  }
  return out + escapeHtml(text.slice(at, to))
}

/** The text HTML-escaped, with every match of `terms` wrapped in <mark>. */
export function highlight(text: string, terms: readonly string[]): string {
  return mark(text, matchRanges(text, terms))
}

/**
 * A window of about `length` characters around the first match (or the start), escaped and marked,
 * with an ellipsis where text was cut.
 */
export function snippet(text: string, terms: readonly string[], length = 90): string {
  const ranges = matchRanges(text, terms)
  const first = ranges[0]?.[0] ?? 0
  const from = Math.max(0, Math.min(first - Math.floor(length / 4), text.length - length))
  const to = Math.min(text.length, from + length)
  return (from > 0 ? '…' : '') + mark(text, ranges, from, to) + (to < text.length ? '…' : '')
}
