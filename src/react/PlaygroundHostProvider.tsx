import { useSyncExternalStore, type ReactNode } from 'react'
import type { PlaygroundHost } from '../playground/playgroundHost'
import { PlaygroundProvider } from './PlaygroundProvider'

/** The playground of the moment: when a learner's module runs the host makes a new one, and the panels follow it. */
export function PlaygroundHostProvider({ host, children }: { host: PlaygroundHost; children: ReactNode }) {
  const store = useSyncExternalStore(host.subscribe, host.current)
  return <PlaygroundProvider store={store}>{children}</PlaygroundProvider>
}
