/** Limits for uploaded images; the Media hooks and the upload parser both read them from here. */

export const ALLOWED_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const

/** A phone photo is ~12 MP; anything far larger is a mistake or an attempt to exhaust memory. */
export const MAX_IMAGE_PIXELS = 40_000_000

export type UploadFacts = {
  size: number
  mimetype: string
  /** Format sharp detected from the bytes, or null if they are not an image. */
  detectedFormat: string | null
  width: number | null
  /** Height of one frame. */
  height: number | null
  /** Frames of an animated image (GIF, WebP); 1 otherwise. */
  pages?: number | null
}

const FORMAT_TO_MIME: Record<string, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
}

const formatMegabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** Returns a message in Chinese for the first rule an upload breaks, or null if it is acceptable. */
export function checkImageUpload(file: UploadFacts, maxBytes: number): string | null {
  if (file.size > maxBytes) {
    return `文件大小 ${formatMegabytes(file.size)} 超过上限 ${formatMegabytes(maxBytes)}`
  }
  const detectedMime = file.detectedFormat ? FORMAT_TO_MIME[file.detectedFormat] : undefined
  if (!detectedMime || !(ALLOWED_IMAGE_TYPES as readonly string[]).includes(detectedMime)) {
    return `不支持的文件类型（${file.mimetype || '未知'}）：只能上传 JPEG、PNG、WebP 或 GIF 图片`
  }
  if (!file.width || !file.height) return null
  // Every frame of an animation is decoded and resized, so the limit counts them all.
  const frames = Math.max(1, file.pages ?? 1)
  const pixels = file.width * file.height * frames
  if (pixels <= MAX_IMAGE_PIXELS) return null
  const limit = `${MAX_IMAGE_PIXELS / 1_000_000} 百万像素`
  return frames === 1
    ? `图片尺寸 ${file.width}×${file.height} 过大，不能超过 ${limit}`
    : `动图 ${file.width}×${file.height} 共 ${frames} 帧，合计 ${Math.round(pixels / 1_000_000)} 百万像素，超过 ${limit}`
}

export type ImageChange = 'replace' | 'delete'

/** Items named in a refusal; the rest are counted. */
export const MAX_NAMED_ITEMS = 5

/**
 * Why an image that published items show cannot be replaced or deleted (their readers would see
 * the change without review), or null when none shows it. `total` items show it; `titles` are
 * those of them the caller may read (of the rest, the caller learns only how many there are).
 */
export function liveUsageProblem(
  change: ImageChange,
  titles: readonly string[],
  total: number,
): string | null {
  if (total === 0) return null
  const verb = change === 'replace' ? '替换' : '删除'
  const named = titles.slice(0, MAX_NAMED_ITEMS)
  const items =
    named.length > 0
      ? `已发布的知识条目${named.map((title) => `《${title}》`).join('、')}` +
        (total > named.length ? `等 ${total} 个` : '')
      : ` ${total} 个其他单位已发布的知识条目`
  return `该图片正用于${items}，不能${verb}。请先在这些条目的新版本中换用其他图片，审核发布后再${verb}`
}
