import { describe, expect, it } from 'vitest'
import { csvCell, toCsv, toSpreadsheetCsv } from '../../../src/kernel/logfile/csv'

describe('CSV export', () => {
  it.each([
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+1+1', "'+1+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['line\nbreak', '"line\nbreak"'],
  ])('escapes %j as %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected)
  })

  it('leaves numbers alone, negative ones included', () => {
    expect(csvCell(-3)).toBe('-3')
  })

  it('writes a header and rows with CRLF line ends', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('a,b\r\n1,x\r\n')
  })
})

describe('a CSV for a spreadsheet', () => {
  it('starts with a UTF-8 byte-order mark, then the same document', () => {
    const csv = toSpreadsheetCsv(['change'], [['total 0 → 3']])
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv.slice(1)).toBe(toCsv(['change'], [['total 0 → 3']]))
  })
})
