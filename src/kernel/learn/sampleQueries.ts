import type { VersionedState } from '../domainModule'
import type { RecordedEvent } from '../eventstore'

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The stream of the newest copy of a sample's entity in the log (`Account-user_123`, or
 * `Account-user_123-2` once the sample was loaded twice), found by the event that created it.
 */
export function newestSampleStream(
  allEvents: readonly RecordedEvent[],
  category: string,
  target: string,
  createdBy: string,
): string | null {
  const pattern = new RegExp(`^${escaped(category)}-${escaped(target)}(-\\d+)?$`)
  let found: string | null = null
  for (const event of allEvents) if (event.type === createdBy && pattern.test(event.streamId)) found = event.streamId
  return found
}

/** The events of one stream, in position order. */
export const eventsOfStream = (events: readonly RecordedEvent[], streamId: string) =>
  events.filter((event) => event.streamId === streamId)

/** Folds stored events with a domain's reader and evolve; an event it cannot read only counts a version. */
export function foldRead<Event, State extends VersionedState>(
  read: (stored: RecordedEvent) => Event | undefined,
  evolve: (state: State, event: Event) => State,
  initial: State,
  events: readonly RecordedEvent[],
): State {
  let state = initial
  for (const event of events) {
    const known = read(event)
    state = known ? evolve(state, known) : { ...state, version: state.version + 1 }
  }
  return state
}
