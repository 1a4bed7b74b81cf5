import { useReadModelRunner } from '../../react/useReadModels'
import { usePlayground } from '../../react/PlaygroundProvider'
import { plural } from '../../uikit/format'

/** A read model's checkpoint, its lag behind the log, and its Rebuild button with progress. */
export function ReadModelStatus({ name, title }: { name: string; title: string }) {
  const rebuild = usePlayground((state) => state.rebuildReadModel)
  const eventCount = usePlayground((state) => state.eventCount)
  const live = usePlayground((state) => state.cursor === null)
  const { checkpoint, status, rebuildProgress, error } = useReadModelRunner(name)
  const lag = Math.max(0, eventCount - checkpoint)
  return (
    <div className="read-model-status">
      <p aria-label={`${title} lag`} className={lag > 0 ? 'lag behind' : 'lag'}>
        {/* In the past the table shown is folded to the cursor; the checkpoint is still the stored table's. */}
        {live ? 'Checkpoint' : 'Stored table: checkpoint'} {checkpoint} ·{' '}
        {lag === 0 ? 'up to date' : `${plural(lag, 'event')} behind`}
        {status === 'paused' && ' · paused'}
      </p>
      <button type="button" onClick={() => void rebuild(name)} disabled={status === 'rebuilding'}>
        Rebuild {title}
      </button>
      {rebuildProgress && (
        <progress
          aria-label={`Rebuilding ${title}`}
          value={rebuildProgress.done}
          max={Math.max(1, rebuildProgress.total)}
        >
          {rebuildProgress.done} of {rebuildProgress.total}
        </progress>
      )}
      {error && (
        <p role="alert" className="alert">
          {title} stopped: {error.replace(/\.$/, '')}. Rebuild it to start again.
        </p>
      )}
    </div>
  )
}
