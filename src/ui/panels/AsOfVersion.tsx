import { useState, type FormEvent } from 'react'
import { useDomain, usePlayground } from '../../react/PlaygroundProvider'
import { useLiveStates } from '../../react/useTimeTravel'

/** "As of version N" for one stream: the cursor moves to the event that made that version. */
export function AsOfVersion({ streamId, orderId }: { streamId: string; orderId: string }) {
  const seekToOrderVersion = usePlayground((state) => state.seekToOrderVersion)
  const domain = useDomain()
  const latest = useLiveStates(domain.category).get(streamId)?.version ?? 0
  const [value, setValue] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const version = Number(value)
    if (!Number.isInteger(version) || version < 1 || version > latest) {
      setProblem(`${orderId} has versions 1 to ${latest}.`)
      return
    }
    setProblem(null)
    seekToOrderVersion(streamId, version)
  }
  return (
    <form className="as-of-version" onSubmit={submit} noValidate>
      <label className="field inline">
        As of version
        <input
          type="number"
          min={1}
          max={latest}
          value={value}
          aria-invalid={problem !== null}
          aria-describedby={problem ? 'as-of-version-problem' : undefined}
          onChange={(event) => setValue(event.target.value)}
        />
      </label>
      <button type="submit">Show version</button>
      {problem && (
        <p id="as-of-version-problem" className="field-error" role="alert">
          {problem}
        </p>
      )}
    </form>
  )
}
