import { useId, useState } from 'react'
import courseCsv from '../samples/learning-material-orders.csv?raw'
import courseJson from '../samples/learning-material-orders.json?raw'
import { COURSE_SCHEMA_VERSION, ORDER_EVENT_TYPES, ORDER_SCHEMA_VERSION, type OrderEventType } from '..'
import { downloadText } from '../../../uikit/downloadText'
import { COURSE_EXAMPLES, upcastCourseData } from './upcastExamples'

const pretty = (value: unknown) => JSON.stringify(value, null, 2)

/** Shows upcasting at work: the material's schema 0 beside what the domain reads, and a field to try it. */
export function SchemaEvolution() {
  const [type, setType] = useState<OrderEventType>('ItemAdded')
  const [dataText, setDataText] = useState(() => pretty(COURSE_EXAMPLES.ItemAdded))
  const typeId = useId()
  const dataId = useId()
  const outcome = upcastCourseData(type, dataText)
  const chooseType = (next: OrderEventType) => {
    setType(next)
    setDataText(pretty(COURSE_EXAMPLES[next]))
  }
  return (
    <section aria-labelledby="schema-evolution-heading" className="panel schema-evolution">
      <h2 id="schema-evolution-heading">Schema evolution</h2>
      <p>
        Stored events are never rewritten, yet the shape of an event changes as a system grows. Each event therefore
        records its schema version, and an <strong>upcaster</strong> turns an older shape into today’s every time the
        event is read, and once more when a file is imported, to refuse what cannot be read.
      </p>
      <p>
        The learning material’s events table is schema {COURSE_SCHEMA_VERSION} here: snake_case fields, prices as
        dollars in floating point, a status copied into events. The playground writes schema {ORDER_SCHEMA_VERSION}:
        camelCase fields, money in whole cents, the order id in OrderCreated. The material never recorded what a payment
        charged, and an upcaster cannot invent a fact, so such a payment is read without an amount and the order’s total
        stands in for it.
      </p>
      <div className="upcast-try">
        <label htmlFor={typeId}>Event type</label>
        <select id={typeId} value={type} onChange={(event) => chooseType(event.target.value as OrderEventType)}>
          {ORDER_EVENT_TYPES.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>
        <label htmlFor={dataId}>Schema {COURSE_SCHEMA_VERSION} data</label>
        <textarea
          id={dataId}
          rows={5}
          spellCheck={false}
          value={dataText}
          onChange={(event) => setDataText(event.target.value)}
        />
        <h3>Read as schema {ORDER_SCHEMA_VERSION}</h3>
        <output aria-label="Upcast result" className={outcome.ok ? 'upcast-ok' : 'upcast-problem'}>
          {outcome.ok ? <pre>{pretty(outcome.data)}</pre> : <p>{outcome.problem}</p>}
        </output>
      </div>
      <p>
        To watch it in the log, download the material’s sample orders and import the file from the Store panel’s{' '}
        <em>Import</em>: its events keep schema {COURSE_SCHEMA_VERSION} in the store, are marked “schema{' '}
        {COURSE_SCHEMA_VERSION} → {ORDER_SCHEMA_VERSION}” in the log, and replay like any other.
      </p>
      <div className="button-row">
        <button type="button" onClick={() => downloadText('learning-material-orders.csv', 'text/csv', courseCsv)}>
          Download the sample as CSV
        </button>
        <button
          type="button"
          onClick={() => downloadText('learning-material-orders.json', 'application/json', courseJson)}
        >
          Download the sample as JSON rows
        </button>
      </div>
    </section>
  )
}
