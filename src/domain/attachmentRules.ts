/** What 服务前置 attachments may be: documents, told apart by their bytes, not their names. */
export const ATTACHMENT_TYPES = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (.docx)',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel (.xlsx)',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint (.pptx)',
  // Word 97–2003 and Excel 97–2003 files share one container format.
  'application/x-cfb': 'Office 97–2003 (.doc / .xls / .ppt)',
} as const

export const ATTACHMENT_MIME_TYPES = Object.keys(ATTACHMENT_TYPES)

/**
 * Why an attachment is refused, or null. `detectedMime` is what the bytes are (null when they
 * match no known format): a text file named `.pdf` or `.docx` is refused.
 */
export function attachmentProblem(detectedMime: string | null): string | null {
  if (detectedMime && Object.hasOwn(ATTACHMENT_TYPES, detectedMime)) return null
  return `附件须为 ${Object.values(ATTACHMENT_TYPES).join('、')} 文件（按文件内容判断${
    detectedMime ? `，此文件为 ${detectedMime}` : '，此文件不是可识别的文档'
  }）`
}
