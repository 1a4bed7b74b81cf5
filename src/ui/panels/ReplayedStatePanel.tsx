import { capitalized } from '../../uikit/format'
import { memo, useMemo } from 'react'
import { entityName, type AnyDomainModule, type StateTable, type VersionedState } from '../../kernel/domainModule'
import { groupThousands } from '../../kernel/money'
import type { StatesView } from '../../kernel/timeline/timeline'
import { useDomain, usePlayground } from '../../react/PlaygroundProvider'
import { useDeferredPosition, useSelectedState, useStatesAtCursor } from '../../react/useTimeTravel'
import { useFixedRowVirtualizer } from '../../uikit/useFixedRowVirtualizer'
import { AsOfVersion } from './AsOfVersion'
import { StateFields } from './StateFields'
import { ExportStreamTest } from '../debugger/ExportTest'

const ROW_HEIGHT = 36

const StreamRow = memo(function StreamRow(props: {
  domain: AnyDomainModule
  streamId: string
  state: VersionedState
  selected: boolean
  onSelect: (streamId: string) => void
  top: number
}) {
  const { domain, streamId, state, selected, onSelect, top } = props
  const status = domain.lifecycle.statusOf(state) as string
  const words = domain.lifecycle.states.find((candidate: { id: string }) => candidate.id === status)?.label ?? status
  return (
    <div role="listitem" className="order-row" style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}>
      <button type="button" className="order-pick" aria-pressed={selected} onClick={() => onSelect(streamId)}>
        <span className="order-id">{entityName(domain, streamId, state)}</span>
        <span className={`status status-${status}`}>{words}</span>
        <span className="num">{domain.headline(state)}</span>
      </button>
    </div>
  )
})

/** Every stream of the domain as of the position, virtualised: a thousand cost what the visible ones do. */
function StreamList({
  domain,
  states,
  selected,
}: {
  domain: AnyDomainModule
  states: StatesView
  selected: string | null
}) {
  const selectStream = usePlayground((state) => state.selectOrder)
  // Only the ids: a stream's state is folded when its row is on screen.
  const streamIds = useMemo(() => [...states.keys()], [states])
  const { scrollRef, rows, listHeight, rowTop } = useFixedRowVirtualizer(streamIds.length, ROW_HEIGHT, 6, 4)
  if (streamIds.length === 0) return <p className="empty">No {domain.entityName}s at this position.</p>
  return (
    <div className="order-list" ref={scrollRef}>
      <div
        role="list"
        aria-label={`${capitalized(domain.entityName)}s`}
        style={{ height: listHeight, position: 'relative' }}
      >
        {rows.map((item) => {
          const streamId = streamIds[item.index]
          const state = streamId === undefined ? undefined : states.get(streamId)
          if (streamId === undefined || !state) return null
          return (
            <StreamRow
              key={streamId}
              domain={domain}
              streamId={streamId}
              state={state}
              selected={streamId === selected}
              onSelect={selectStream}
              top={rowTop(item.start)}
            />
          )
        })}
      </div>
    </div>
  )
}

function StateTableView({ table }: { table: StateTable }) {
  if (table.rows.length === 0) return <p className="empty">{table.empty}</p>
  const [header, ...columns] = table.columns
  return (
    <table className="items-table">
      <caption className="visually-hidden">{table.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{header}</th>
          {columns.map((column) => (
            <th scope="col" key={column}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => {
          const [first, ...cells] = row.cells
          return (
            <tr key={row.key}>
              <th scope="row">{first}</th>
              {cells.map((cell, index) => (
                <td className="num" key={columns[index] ?? index}>
                  {cell}
                </td>
              ))}
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}

/** The selected stream, folded by its domain from the events up to the time-travel position. */
export function ReplayedStatePanel() {
  const domain = useDomain()
  const states = useStatesAtCursor(domain.category)
  const { streamId, state } = useSelectedState(states)
  const position = useDeferredPosition()
  const target = streamId === null ? '' : entityName(domain, streamId, state)
  const title = `${capitalized(domain.entityName)} ${target}`
  return (
    <section aria-labelledby="replayed-state-heading" className="panel replayed-panel">
      <h2 id="replayed-state-heading">Replayed state</h2>
      <p className="panel-hint">Folded from the events up to position {groupThousands(position)}.</p>
      <StreamList domain={domain} states={states} selected={streamId} />
      {state && streamId && state.version > 0 && (
        <div className="order-state" aria-label={title} role="group">
          <h3>{title}</h3>
          <StateFields domain={domain} streamId={streamId} state={state} position={position} />
          {domain.stateTables(state).map((table: StateTable) => (
            <StateTableView key={table.caption} table={table} />
          ))}
          <AsOfVersion streamId={streamId} orderId={target} />
          <ExportStreamTest streamId={streamId} position={position} />
        </div>
      )}
    </section>
  )
}
