import type { SessionName } from '../../react/playgroundTypes'
import { useSession } from '../../react/useSession'
import { CommandForms } from '../commands/CommandForms'

/** One session of the lab: its own loaded state and its own command forms. */
export function LabPane({ session, initialTarget }: { session: SessionName; initialTarget: string }) {
  const label = useSession(session, (state) => state.label)
  const sessionId = useSession(session, (state) => state.sessionId)
  const headingId = `lab-pane-${label.replace(/\W+/g, '-').toLowerCase()}`
  return (
    <section aria-labelledby={headingId} className="panel lab-pane">
      <h3 id={headingId}>{label}</h3>
      <p className="panel-hint">
        Session <code>{sessionId}</code>
      </p>
      <CommandForms session={session} initialTarget={initialTarget} autoLoad={false} />
    </section>
  )
}
