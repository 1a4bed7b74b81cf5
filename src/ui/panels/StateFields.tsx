import { useMemo, useState } from 'react'
import type { AnyDomainModule, StateField, VersionedState } from '../../kernel/domainModule'
import { fieldHistory } from '../../kernel/debugger/fieldHistory'
import { usePlayground } from '../../react/PlaygroundProvider'
import { LabelledValue } from '../../uikit/LabelledValue'
import { FieldHistory, WhyButton } from '../debugger/FieldHistory'

/** Why one field of one stream is what it is at `position`: folded only while someone asks. */
function AskedField(props: {
  domain: AnyDomainModule
  streamId: string
  position: number
  field: StateField
  onClose: () => void
}) {
  const { domain, streamId, position, field, onClose } = props
  const log = usePlayground((state) => state.log)
  const lines = useMemo(
    () => fieldHistory(domain, log.streamEvents(streamId, position), field.label),
    [domain, log, streamId, position, field.label],
  )
  return <FieldHistory field={field.label} value={field.value} position={position} lines={lines} onClose={onClose} />
}

/** A state's fields, each with a `Why <field>?` button that lists the events that made it so. */
export function StateFields(props: {
  domain: AnyDomainModule
  streamId: string
  state: VersionedState
  position: number
}) {
  const { domain, streamId, state, position } = props
  const [asked, setAsked] = useState<{ streamId: string; label: string } | null>(null)
  const complete = usePlayground((state) => state.log.complete)
  const fields = domain.stateFields(state) as readonly StateField[]
  const askedField = asked?.streamId === streamId ? fields.find((field) => field.label === asked.label) : undefined
  return (
    <>
      <div className="fields">
        {fields.map((field) => (
          <div className="field-with-why" key={field.label}>
            <LabelledValue label={field.label} value={field.value} />
            <WhyButton
              field={field.label}
              pressed={askedField?.label === field.label}
              disabled={!complete}
              onAsk={() => setAsked(askedField?.label === field.label ? null : { streamId, label: field.label })}
            />
          </div>
        ))}
      </div>
      {askedField && complete && (
        <AskedField
          domain={domain}
          streamId={streamId}
          position={position}
          field={askedField}
          onClose={() => setAsked(null)}
        />
      )}
    </>
  )
}
