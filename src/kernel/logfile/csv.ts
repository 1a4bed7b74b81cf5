/** Characters that make a spreadsheet read a cell as a formula (or a command, in old versions). */
const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r']

/**
 * One CSV cell, safe to open in a spreadsheet: a leading formula character is neutralised with
 * an apostrophe (OWASP's advice against CSV injection), and the cell is quoted when it holds a
 * comma, a quote or a line break.
 */
export function csvCell(value: string | number): string {
  let text = String(value)
  if (typeof value === 'string' && FORMULA_TRIGGERS.some((trigger) => text.startsWith(trigger))) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** A CSV document: a header row and the rows, lines ended by CRLF as RFC 4180 says. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

/**
 * A CSV document for a spreadsheet: `toCsv` behind a UTF-8 byte-order mark, without which Excel
 * reads the file as the system's legacy code page and shows "→" as "â†’".
 */
export function toSpreadsheetCsv(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number>>,
): string {
  return `\uFEFF${toCsv(header, rows)}`
}
