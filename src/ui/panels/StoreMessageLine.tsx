import { usePlayground } from '../../react/PlaygroundProvider'
import type { StoreMessageOrigin } from '../../react/playgroundTypes'
import { ErrorAlert } from '../../uikit/ErrorAlert'

/** What the last store action said, shown beside the button that started it. */
export function StoreMessageLine({ from }: { from: StoreMessageOrigin }) {
  const storeMessage = usePlayground((state) => state.storeMessage)
  const dismissStoreMessage = usePlayground((state) => state.dismissStoreMessage)
  if (!storeMessage || storeMessage.from !== from) return null
  if (storeMessage.tone === 'error') return <ErrorAlert message={storeMessage.text} onDismiss={dismissStoreMessage} />
  return (
    <p role="status" className="notice">
      {storeMessage.text}
    </p>
  )
}
