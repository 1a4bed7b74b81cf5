import { useMemo } from 'react'
import { cellWords, rowHistory, type CellAddress } from '../../kernel/debugger/rowHistory'
import type { Projection, ReadModelTableView } from '../../kernel/readside/projection'
import { usePlayground } from '../../react/PlaygroundProvider'
import { FieldHistory } from '../debugger/FieldHistory'

/** Why a read model's cell says what it says at `position`: the events its projection folded into that row. */
export function AskedCell(props: {
  projection: Projection<unknown>
  tables: readonly ReadModelTableView[]
  address: CellAddress
  position: number
  onClose: () => void
}) {
  const { projection, tables, address, position, onClose } = props
  const log = usePlayground((state) => state.log)
  const lines = useMemo(
    () => rowHistory(projection, log.events.slice(0, position), address),
    [projection, log, position, address],
  )
  const rowName = tables
    .find((table) => table.caption === address.caption)
    ?.rows.find((row) => row.key === address.rowKey)?.cells[0]
  return (
    <FieldHistory
      field={`${address.column} of ${String(rowName ?? address.rowKey)}`}
      value={cellWords(tables, address)}
      position={position}
      lines={lines}
      onClose={onClose}
    />
  )
}
