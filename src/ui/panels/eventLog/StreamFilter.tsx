import { useId, useMemo, useState } from 'react'
import { categoryOf, targetIn, type DomainModule } from '../../../kernel/domainModule'
import { groupThousands } from '../../../kernel/money'

/**
 * The most streams the filter lists in a select. Past it a select would hold an option per stream
 * (10,000 at a million events): nobody scrolls such a list, and Chromium spends milliseconds of
 * every frame on it while the log scrolls. The filter then becomes a box that suggests matches.
 */
export const MAX_STREAMS_IN_A_SELECT = 1_000
/** How many matching streams the box suggests as you type. */
const SUGGESTED_STREAMS = 50

interface StreamFilterProps {
  /** The streams to choose from, sorted. */
  readonly streams: readonly string[]
  /** The filter's stream, '' for every stream. */
  readonly value: string
  readonly domain: DomainModule
  onChange(streamId: string): void
}

/** The event log's stream filter: a select of the streams, or for very many a box with suggestions. */
export function StreamFilter({ streams, value, domain, onChange }: StreamFilterProps) {
  const nameOf = (streamId: string) =>
    categoryOf(streamId) === domain.category ? targetIn(domain, streamId) : streamId
  if (streams.length > MAX_STREAMS_IN_A_SELECT) {
    return <StreamSearch streams={streams} value={value} onChange={onChange} />
  }
  return (
    <label className="field">
      Filter by stream
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">All streams</option>
        {streams.map((streamId) => (
          <option key={streamId} value={streamId}>
            {nameOf(streamId)}
          </option>
        ))}
      </select>
    </label>
  )
}

function StreamSearch({ streams, value, onChange }: Omit<StreamFilterProps, 'domain'>) {
  const listId = useId()
  const noteId = useId()
  const [text, setText] = useState(value)
  // The filter as this box last set it: set or cleared elsewhere (a reset, a clear), the box says so.
  const [setHere, setSetHere] = useState(value)
  if (value !== setHere) {
    setSetHere(value)
    setText(value)
  }
  const known = useMemo(() => new Set(streams), [streams])
  const trimmed = text.trim()
  const suggestions = useMemo(() => {
    const matches: string[] = []
    for (const streamId of streams) {
      if (matches.length === SUGGESTED_STREAMS) break
      if (streamId.includes(trimmed)) matches.push(streamId)
    }
    return matches
  }, [streams, trimmed])
  const unknown = trimmed !== '' && !known.has(trimmed)
  return (
    <label className="field">
      Filter by stream
      <input
        type="search"
        list={listId}
        value={text}
        placeholder={`Any of ${groupThousands(streams.length)} streams`}
        aria-describedby={unknown ? noteId : undefined}
        onChange={(event) => {
          setText(event.target.value)
          const typed = event.target.value.trim()
          const streamId = known.has(typed) ? typed : ''
          setSetHere(streamId)
          onChange(streamId)
        }}
      />
      <datalist id={listId}>
        {suggestions.map((streamId) => (
          <option key={streamId} value={streamId} />
        ))}
      </datalist>
      {unknown && (
        <span id={noteId} className="field-error">
          No stream is called {trimmed}: every stream is shown.
        </span>
      )}
    </label>
  )
}
