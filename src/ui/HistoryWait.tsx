import { groupThousands } from '../kernel/money'
import { usePlayground } from '../react/PlaygroundProvider'

/** Whether the page shows the latest states from a savepoint while the history is read. */
export function useReadingHistory(): boolean {
  return usePlayground((state) => state.loadStatus === 'history')
}

/** Said in place of panels that read the past, while the history of a long log is read behind the latest states. */
export function HistoryWait({ what }: { what: string }) {
  const eventCount = usePlayground((state) => state.eventCount)
  return (
    <section className="panel history-wait" aria-label={`${what}: waiting for the history`}>
      <p role="status">
        Reading the history of {groupThousands(eventCount)} events. The latest states are shown already; {what} open
        once every event is read.
      </p>
    </section>
  )
}
