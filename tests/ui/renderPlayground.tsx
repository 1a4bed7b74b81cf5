import { render } from '@testing-library/react'
import type { ReactElement } from 'react'
import { PlaygroundProvider } from '../../src/app/PlaygroundProvider'
import { createPlaygroundStore } from '../../src/app/playgroundStore'
import { createInMemoryEventStore, type EventStore } from '../../src/eventstore'

/** Renders UI around a fresh event store and a fresh app store: nothing leaks between tests. */
export function renderPlayground(
  ui: ReactElement,
  eventStore: EventStore = createInMemoryEventStore({ sessionId: 'tab-test' }),
) {
  const store = createPlaygroundStore(eventStore, 'tab-test')
  return { ...render(<PlaygroundProvider store={store}>{ui}</PlaygroundProvider>), store, eventStore }
}
