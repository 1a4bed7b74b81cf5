import { groupThousands } from '../../kernel/money'
import { usePlayground } from '../../react/PlaygroundProvider'

/** One event that changed the asked-about value. */
export interface FieldHistoryLine {
  readonly position: number
  readonly type: string
  /** Named when the events come from more than one stream (a read-model row). */
  readonly streamId?: string
  readonly before: string
  readonly after: string
}

/**
 * The answer to "Why <field>?": each event that changed it up to the cursor, oldest first, with
 * the value before → after and a button that moves the slider there.
 */
export function FieldHistory(props: {
  readonly field: string
  readonly value: string
  readonly position: number
  readonly lines: readonly FieldHistoryLine[]
  readonly onClose: () => void
}) {
  const { field, value, position, lines, onClose } = props
  const seek = usePlayground((state) => state.seek)
  return (
    <section role="region" aria-label="Field history" className="field-history">
      <div className="details-header">
        <h4>
          Why {field} is {value}
        </h4>
        <button type="button" className="link-button" aria-label="Close field history" onClick={onClose}>
          Close
        </button>
      </div>
      {lines.length === 0 ? (
        <p className="empty">
          No event up to position {groupThousands(position)} changed {field}.
        </p>
      ) : (
        <ol className="field-history-lines">
          {lines.map((line) => (
            <li key={line.position}>
              <span className="field-history-where">
                {groupThousands(line.position)}: {line.type}
                {line.streamId && <span className="field-history-stream"> on {line.streamId}</span>}
              </span>
              <span className="field-history-change">
                {line.before === line.after ? `${line.after} (unchanged)` : `${line.before} → ${line.after}`}
              </span>
              <button
                type="button"
                className="link-button"
                aria-label={`Go to position ${line.position}`}
                onClick={() => seek(line.position)}
              >
                Go to
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}

/**
 * The small button beside a value that asks why it is what it is: named `Why <field>?`. Its visible
 * word is drawn by the style sheet, so a row's or a field's text stays the value alone.
 */
export function WhyButton({
  field,
  onAsk,
  pressed,
  disabled = false,
}: {
  field: string
  onAsk: () => void
  pressed: boolean
  /** While the history is read: the events that made the value are not all in the page yet. */
  disabled?: boolean
}) {
  return (
    <button
      type="button"
      className="why-button"
      aria-label={`Why ${field}?`}
      aria-pressed={pressed}
      disabled={disabled}
      onClick={onAsk}
    />
  )
}
