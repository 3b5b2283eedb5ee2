import { describe, expect, it } from 'vitest'

import { csvCell } from '@collections/ReportBulletins/endpoints/csvEndpoint'

describe('csvCell', () => {
  it('writes cells Excel would run as formulas as text, and leaves the rest', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`)
    expect(csvCell('+1')).toBe("'+1")
    expect(csvCell('-2+3')).toBe("'-2+3")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('\tx')).toBe("'\tx")
    expect(csvCell('广州市分公司')).toBe('广州市分公司')
    expect(csvCell(-3)).toBe(-3)
  })
})
