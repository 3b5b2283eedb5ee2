import { describe, expect, it } from 'vitest'

import { checkImageUpload, MAX_IMAGE_PIXELS } from '@/domain/mediaRules'

const png = { size: 1000, mimetype: 'image/png', detectedFormat: 'png', width: 800, height: 600 }

describe('checkImageUpload', () => {
  it('accepts an ordinary image', () => {
    expect(checkImageUpload(png, 10_000)).toBeNull()
  })
  it('refuses a file over the size limit, saying both sizes', () => {
    expect(checkImageUpload({ ...png, size: 12 * 1024 * 1024 }, 10 * 1024 * 1024)).toBe(
      '文件大小 12.0 MB 超过上限 10.0 MB',
    )
  })
  it('judges the type by the bytes, not the declared type', () => {
    expect(checkImageUpload({ ...png, detectedFormat: null }, 10_000)).toContain(
      '不支持的文件类型（image/png）',
    )
    expect(
      checkImageUpload({ ...png, mimetype: 'application/pdf', detectedFormat: 'pdf' }, 10_000),
    ).toContain('只能上传 JPEG、PNG、WebP 或 GIF')
    expect(checkImageUpload({ ...png, detectedFormat: 'svg' }, 10_000)).toContain(
      '不支持的文件类型',
    )
  })
  it('refuses images with too many pixels', () => {
    const side = Math.ceil(Math.sqrt(MAX_IMAGE_PIXELS)) + 1
    expect(checkImageUpload({ ...png, width: side, height: side }, 10_000)).toContain('过大')
  })
})
