import { entityName } from '../../kernel/domainModule'
import { useMemo, useState } from 'react'
import { toSpreadsheetCsv } from '../../kernel/logfile/csv'
import {
  useDeferredPosition,
  useShownStreamWords,
  useStatesAtCursor,
  useSelectedState,
} from '../../react/useTimeTravel'
import { useDomain, usePlayground } from '../../react/PlaygroundProvider'
import { auditTrail, type AuditEntry } from '../../kernel/timeline/audit'
import { withArticle } from '../../uikit/format'
import { formatMoment, useTimeZone, zoneWords } from '../../uikit/time'
import { downloadText } from '../../uikit/downloadText'
import { ScrollingTable } from '../../uikit/ScrollingTable'

const CSV_HEADER = ['version', 'position', 'recorded_at_utc', 'session', 'event_type', 'what_changed']

function matches(entry: AuditEntry, text: string, session: string): boolean {
  if (session && entry.sessionId !== session) return false
  if (!text) return true
  const needle = text.toLowerCase()
  return [entry.eventType, entry.sessionId, entry.recordedAt, ...entry.changes].some((field) =>
    field.toLowerCase().includes(needle),
  )
}

/** Who changed the selected stream, when, and what changed, in its domain's words; filterable and exportable. */
export function AuditTrailPanel() {
  const domain = useDomain()
  const { streamId, state } = useSelectedState(useStatesAtCursor(domain.category))
  const log = usePlayground((state) => state.log)
  const position = useDeferredPosition()
  const [text, setText] = useState('')
  const [session, setSession] = useState('')
  const [zone] = useTimeZone()
  const shownWords = useShownStreamWords(domain, streamId)

  const entries = useMemo(
    () => (streamId === null ? [] : auditTrail(domain, log.streamEvents(streamId, position))),
    [domain, log, streamId, position],
  )
  const sessions = [...new Set(entries.map((entry) => entry.sessionId))]
  const shown = entries.filter((entry) => matches(entry, text, session))
  const orderId = streamId === null ? '' : entityName(domain, streamId, state)

  const exportCsv = () =>
    downloadText(
      `audit-${orderId}.csv`,
      'text/csv',
      toSpreadsheetCsv(
        CSV_HEADER,
        shown.map((entry) => [
          entry.version,
          entry.position,
          entry.recordedAt,
          entry.sessionId,
          entry.eventType,
          entry.changes.join('; '),
        ]),
      ),
    )

  return (
    <section aria-labelledby="audit-heading" className="panel audit-panel" tabIndex={-1}>
      <h2 id="audit-heading">Audit trail</h2>
      <p className="shown-stream">{shownWords}</p>
      {streamId === null ? (
        <p className="empty">Select {withArticle(domain.entityName)} to see who changed it and how.</p>
      ) : (
        <>
          <p className="panel-hint">
            {orderId}, up to position {position}: every change is an event, so the trail is complete by construction.
          </p>
          <div className="field-row">
            <label className="field">
              Filter audit trail
              <input type="search" value={text} onChange={(event) => setText(event.target.value)} />
            </label>
            <label className="field">
              Session
              <select value={session} onChange={(event) => setSession(event.target.value)}>
                <option value="">Every session</option>
                {sessions.map((id) => (
                  <option key={id} value={id}>
                    {id}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={exportCsv} disabled={shown.length === 0}>
              Export CSV
            </button>
          </div>
          <ScrollingTable className="audit-table">
            <caption className="visually-hidden">Audit trail of {orderId}</caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">When ({zoneWords(zone)})</th>
                <th scope="col">Who</th>
                <th scope="col">What changed</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((entry) => (
                <tr key={entry.position}>
                  <th scope="row">{entry.version}</th>
                  <td>{formatMoment(entry.recordedAt, zone)}</td>
                  <td>
                    <code>{entry.sessionId}</code>
                  </td>
                  <td className="wraps">
                    <span className="event-type">{entry.eventType}</span>: {entry.changes.join('; ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </ScrollingTable>
          {shown.length === 0 && <p className="empty">No entry matches the filter.</p>}
        </>
      )}
    </section>
  )
}
