import type { AnyDomainModule } from '../../kernel/domainModule'
import type { EventStore } from '../../kernel/eventstore'
import type { LearnerActivity } from '../../kernel/learn/types'
import type { SnapshotPolicy } from '../../kernel/snapshots/loadStream'
import { createCommandSession, type CommandSession } from './commandSession'
import type { RaceRecorder } from './raceRecorder'

/** The command sessions of one domain: this tab's form, and the conflict lab's two panes. */
export interface DomainSessions {
  readonly commands: CommandSession
  readonly tabA: CommandSession
  readonly tabB: CommandSession
}

export interface DomainSessionsOptions {
  readonly eventStore: EventStore
  readonly sessionId: string
  readonly recorder: RaceRecorder
  readonly snapshots: SnapshotPolicy
  readonly onAppended: (streamId: string) => void
  readonly onActivity: (entry: LearnerActivity) => void
}

/**
 * The sessions of each domain, made when the domain is first chosen and kept: switching domains
 * and back finds the forms as the learner left them.
 */
export function createDomainSessions(options: DomainSessionsOptions): (module: AnyDomainModule) => DomainSessions {
  const { eventStore, sessionId, recorder, snapshots, onAppended, onActivity } = options
  const made = new Map<string, DomainSessions>()
  return (module) => {
    const known = made.get(module.category)
    if (known) return known
    const pane = (suffix: 'A' | 'B') =>
      createCommandSession(eventStore, {
        module,
        sessionId: `${sessionId}/${suffix}`,
        label: `Tab ${suffix}`,
        recorder,
        onActivity,
      })
    const sessions: DomainSessions = {
      commands: createCommandSession(eventStore, {
        module,
        sessionId,
        label: 'this tab',
        onAppended,
        onActivity,
        snapshots,
      }),
      tabA: pane('A'),
      tabB: pane('B'),
    }
    made.set(module.category, sessions)
    return sessions
  }
}
