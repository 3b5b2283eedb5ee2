import { readFileSync } from 'node:fs'

import { parse as parseCsv } from 'csv-parse/sync'

/** A record of the file with the line it starts on, before validation. */
export type RawRow = { line: number; value: unknown }

export class ImportFileError extends Error {}

/** JSONL (one object a line) or CSV with a header row, chosen by the file's extension. */
export function readImportFile(file: string): RawRow[] {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new ImportFileError(`无法读取文件 ${file}：${(error as Error).message}`)
  }
  if (file.toLowerCase().endsWith('.csv')) return readCsv(text)
  const rows: RawRow[] = []
  text.split('\n').forEach((source, index) => {
    if (!source.trim()) return
    try {
      rows.push({ line: index + 1, value: JSON.parse(source) })
    } catch (error) {
      rows.push({
        line: index + 1,
        value: new ImportFileError(`不是合法的 JSON：${(error as Error).message}`),
      })
    }
  })
  return rows
}

function readCsv(text: string): RawRow[] {
  try {
    const records = parseCsv(text.replace(/^\uFEFF/, ''), {
      columns: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
    }) as Array<{ record: Record<string, string>; info: { lines: number } }>
    return records.map(({ record, info }) => ({ line: info.lines, value: record }))
  } catch (error) {
    throw new ImportFileError(`CSV 无法解析：${(error as Error).message}`)
  }
}
