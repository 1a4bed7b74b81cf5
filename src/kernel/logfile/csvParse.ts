/**
 * Splits CSV text into rows of cells (RFC 4180): quoted cells may hold commas, line breaks and
 * doubled quotes; lines end in LF or CRLF. Returns each row with the line it starts on.
 * @throws Error naming the line of a quote that never closes or a stray quote inside a cell.
 */
export function parseCsv(text: string): { readonly cells: string[]; readonly line: number }[] {
  const rows: { cells: string[]; line: number }[] = []
  let cells: string[] = []
  let cell = ''
  let line = 1
  let rowLine = 1
  let index = 0
  const endCell = () => {
    cells.push(cell)
    cell = ''
  }
  const endRow = () => {
    endCell()
    if (!(cells.length === 1 && cells[0] === '')) rows.push({ cells, line: rowLine })
    cells = []
  }
  while (index < text.length) {
    const char = text[index]
    if (char === '"' && cell === '') {
      const quoteLine = line
      index += 1
      for (;;) {
        if (index >= text.length) throw new Error(`line ${quoteLine}: a quoted cell never closes`)
        const inner = text[index]
        if (inner === '"') {
          if (text[index + 1] === '"') {
            cell += '"'
            index += 2
            continue
          }
          index += 1
          break
        }
        if (inner === '\n') line += 1
        cell += inner
        index += 1
      }
      const next = text[index]
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        throw new Error(`line ${line}: a quoted cell must end at a comma or the end of the line`)
      }
      continue
    }
    if (char === '"') throw new Error(`line ${line}: a quote inside an unquoted cell (quote the whole cell)`)
    if (char === ',') endCell()
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1
      endRow()
      line += 1
      rowLine = line
    } else cell += char
    index += 1
  }
  if (cell !== '' || cells.length > 0) endRow()
  return rows
}
