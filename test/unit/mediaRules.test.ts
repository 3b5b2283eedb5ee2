import { describe, expect, it } from 'vitest'

import { checkImageUpload, liveUsageProblem, MAX_IMAGE_PIXELS } from '@/domain/mediaRules'

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
  it('counts every frame of an animation', () => {
    const gif = { ...png, mimetype: 'image/gif', detectedFormat: 'gif', width: 2000, height: 2000 }
    expect(checkImageUpload({ ...gif, pages: 10 }, 10_000)).toBeNull()
    expect(checkImageUpload({ ...gif, pages: 11 }, 10_000)).toBe(
      '动图 2000×2000 共 11 帧，合计 44 百万像素，超过 40 百万像素',
    )
    expect(checkImageUpload({ ...gif, pages: null }, 10_000)).toBeNull()
  })
})

describe('liveUsageProblem', () => {
  it('lets an image no published item shows change', () => {
    expect(liveUsageProblem('delete', [], 0)).toBeNull()
  })
  it('names the items that show it', () => {
    expect(liveUsageProblem('replace', ['携号转网流程', '5G 套餐资费'], 2)).toBe(
      '该图片正用于已发布的知识条目《携号转网流程》、《5G 套餐资费》，不能替换。' +
        '请先在这些条目的新版本中换用其他图片，审核发布后再替换',
    )
  })
  it('counts, without naming, items the caller may not read, and items past the fifth', () => {
    expect(liveUsageProblem('delete', ['携号转网流程'], 3)).toContain(
      '已发布的知识条目《携号转网流程》等 3 个，不能删除',
    )
    expect(liveUsageProblem('delete', [], 2)).toContain('该图片正用于 2 个其他单位已发布的知识条目')
    const seven = liveUsageProblem('delete', ['一', '二', '三', '四', '五', '六', '七'], 7)!
    expect(seven).toContain('《五》等 7 个')
    expect(seven).not.toContain('《六》')
  })
})
