import { streamIdOf } from '../../kernel/domainModule'
import { useCallback } from 'react'
import { useIsLive, useLiveStates } from '../../react/useTimeTravel'
import { useDomain, usePlayground } from '../../react/PlaygroundProvider'
import { CommandForms } from '../commands/CommandForms'

/** This tab's commands, acting on the order as this tab loaded it. */
export function CommandsPanel() {
  const isLive = useIsLive()
  const goLive = usePlayground((state) => state.goLive)
  const domain = useDomain()
  const liveOrders = useLiveStates(domain.category)
  const storeVersionOf = useCallback(
    (target: string) => liveOrders.get(streamIdOf(domain, target))?.version ?? 0,
    [liveOrders, domain],
  )

  return (
    <section aria-labelledby="commands-heading" className="panel commands-panel">
      <h2 id="commands-heading">Commands</h2>
      {!isLive && (
        <p className="past-note" role="note">
          You are viewing the past, and history can’t be changed there: commands are off.{' '}
          <button type="button" className="link-button" onClick={goLive}>
            Return to live
          </button>{' '}
          to send commands again.
        </p>
      )}
      <CommandForms session="commands" disabled={!isLive} storeVersionOf={storeVersionOf} />
    </section>
  )
}
