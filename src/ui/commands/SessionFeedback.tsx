import { useEffect, useRef } from 'react'
import { useDomains, usePlayground } from '../../react/PlaygroundProvider'
import type { SessionName } from '../../react/playgroundTypes'
import { useSession } from '../../react/useSession'
import { summarizeEvent } from '../../kernel/describeEvent'
import { ExportRefusalTest } from '../debugger/ExportTest'

/**
 * What happened to a session's last command: appended (a status), refused (an alert), or a
 * conflict (an alert naming the events that got in first, with the two ways out).
 */
export function SessionFeedback({ session }: { session: SessionName }) {
  const domains = useDomains()
  const feedback = useSession(session, (state) => state.feedback)
  const busy = useSession(session, (state) => state.busy)
  const reloadAndRetry = usePlayground((state) => state.reloadAndRetry)
  const discardPending = usePlayground((state) => state.discardPending)
  const dismissFeedback = usePlayground((state) => state.dismissFeedback)
  // Each new message scrolls into view if it landed outside it (a button at a phone screen's bottom
  // edge). Asked of an IntersectionObserver, which answers after the next layout: scrolling into view
  // straight away laid the whole page out again after every command (420 ms of 30 commands at a million events).
  const shown = useRef<HTMLElement | null>(null)
  useEffect(() => {
    const element = shown.current
    if (!element) return
    if (typeof IntersectionObserver === 'undefined') {
      element.scrollIntoView?.({ block: 'nearest' })
      return
    }
    const observer = new IntersectionObserver(([entry]) => {
      observer.disconnect()
      if (entry && entry.intersectionRatio < 1) element.scrollIntoView?.({ block: 'nearest' })
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [feedback])
  const bringIntoView = (element: HTMLElement | null) => {
    shown.current = element
  }
  if (!feedback) return null
  if (feedback.tone === 'success') {
    return (
      <p role="status" className="notice success" ref={bringIntoView}>
        {feedback.text}
      </p>
    )
  }
  return (
    <div role="alert" className={feedback.tone === 'conflict' ? 'alert conflict' : 'alert'} ref={bringIntoView}>
      <div className="alert-body">
        <p>{feedback.text}</p>
        {feedback.tone === 'error' && feedback.refusal && <ExportRefusalTest refusal={feedback.refusal} />}
        {feedback.tone === 'conflict' && (
          <>
            <p className="got-in-first">
              {feedback.conflict.eventsFirst.length === 1
                ? 'The event that got in first:'
                : 'The events that got in first:'}
            </p>
            <ul className="got-in-first">
              {feedback.conflict.eventsFirst.map((event) => (
                <li key={event.position}>
                  v{event.version} {event.type} by {event.metadata.sessionId}: {summarizeEvent(domains, event)}
                </li>
              ))}
            </ul>
            <div className="button-row">
              <button type="button" onClick={() => void reloadAndRetry(session)} disabled={busy}>
                Reload and retry
              </button>
              <button type="button" className="secondary" onClick={() => void discardPending(session)} disabled={busy}>
                Discard
              </button>
            </div>
          </>
        )}
      </div>
      {feedback.tone === 'error' && (
        <button
          type="button"
          className="alert-dismiss"
          onClick={() => dismissFeedback(session)}
          aria-label="Dismiss message"
        >
          ×
        </button>
      )}
    </div>
  )
}
