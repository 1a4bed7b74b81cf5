import { createStore, type StoreApi } from 'zustand/vanilla'
import { CommandRejectedError, handleCommand } from '../../kernel/commands/handleCommand'
import type { EventStore } from '../../kernel/eventstore'
import { streamIdFor } from '../../kernel/domainModule'
import type { AddressedCommand, Process, ProcessStep } from '../../kernel/process/process'
import type { DomainRegistry } from '../../kernel/replayStream'
import { describeCommandError } from '../describeError'
import type { ProjectionRunner } from './projectionRunner'

/** How many times a step is decided again after a conflict (another tab appended first). */
const STEP_ATTEMPTS = 3

export interface ProcessRunnerState {
  /** Steps this tab has sent and seen accepted. */
  readonly taken: number
  /** The last thing this tab's runner did, in words. */
  readonly lastStep: string | null
  /** Steps that could not be taken (refused with nothing to send instead), by key, with why. */
  readonly stuck: ReadonlyMap<string, string>
}

export interface ProcessRunner {
  readonly process: Process
  readonly store: StoreApi<ProcessRunnerState>
  /** Follows its read model and sends the steps due. Returns stop. */
  start(): () => void
  /** Resolves once every step sent so far has been taken or refused. */
  idle(): Promise<void>
  /** Forgets what it sent and what got stuck (the store was cleared). */
  reset(): void
}

/**
 * Runs a process in this tab: whenever its read model (its to-do list) is live and caught up with
 * the log, it sends the steps due through the command handler, each on its own stream with its own
 * expected version. A step is sent once while its event is awaited; a step another tab took first
 * is refused by the aggregate as taken, and that is not a failure. After a reload the to-do list is
 * read back at its checkpoint, caught up, and the steps still due are sent: a process survives a
 * reload halfway and never runs a step twice.
 */
export function createProcessRunner(
  process: Process,
  readModel: ProjectionRunner<unknown>,
  domains: DomainRegistry,
  eventStore: EventStore,
  sessionId: string,
  lastPosition: () => number,
  /** Hears each stream a step appended to: this tab's own forms reload it rather than call it a conflict. */
  onAppended: (streamId: string) => void = () => undefined,
): ProcessRunner {
  const initial: ProcessRunnerState = { taken: 0, lastStep: null, stuck: new Map() }
  const store = createStore<ProcessRunnerState>()(() => initial)
  const inFlight = new Set<string>()
  let running: Promise<void> = Promise.resolve()

  const send = async (addressed: AddressedCommand, causedBy: ProcessStep['causedBy']) => {
    const module = domains.forCategory(addressed.category)
    if (!module) throw new Error(`No domain decides ${addressed.category} commands.`)
    await handleCommand(module, eventStore, addressed.command, {
      maxAttempts: STEP_ATTEMPTS,
      metadata: {
        sessionId: `${sessionId}/${process.name}`,
        correlationId: causedBy.correlationId,
        causationId: causedBy.eventId,
      },
    })
    onAppended(streamIdFor(module, addressed.command))
  }

  const alreadyTaken = (error: unknown) => error instanceof CommandRejectedError && error.code === process.alreadyTaken
  const markStuck = (step: ProcessStep, why: string) =>
    store.setState(({ stuck }) => ({ stuck: new Map(stuck).set(step.key, why), lastStep: step.says }))

  const take = async (step: ProcessStep) => {
    try {
      await send(step, step.causedBy)
      store.setState(({ taken }) => ({ taken: taken + 1, lastStep: step.says }))
    } catch (error) {
      if (alreadyTaken(error)) return
      const reason = describeCommandError(error)
      const instead = error instanceof CommandRejectedError ? step.ifRefused?.(reason) : null
      if (!instead) return markStuck(step, reason)
      try {
        await send(instead, step.causedBy)
        store.setState(({ taken }) => ({
          taken: taken + 1,
          lastStep: `${step.says}: refused (${reason}), so compensated`,
        }))
      } catch (compensation) {
        if (!alreadyTaken(compensation)) markStuck(step, describeCommandError(compensation))
      }
    }
  }

  const sendDue = () => {
    const { status, checkpoint, rows } = readModel.store.getState()
    if (status !== 'live' || checkpoint < lastPosition()) return
    const due = process.due(rows)
    const dueKeys = new Set(due.map((step) => step.key))
    // A step whose event has been folded is no longer due: it may be sent again if it ever is.
    for (const key of inFlight) if (!dueKeys.has(key)) inFlight.delete(key)
    const { stuck } = store.getState()
    for (const step of due) {
      if (inFlight.has(step.key) || stuck.has(step.key)) continue
      inFlight.add(step.key)
      running = running.then(() => take(step))
    }
  }

  return {
    process,
    store,
    start() {
      const unsubscribe = readModel.store.subscribe(sendDue)
      sendDue()
      return unsubscribe
    },
    reset() {
      inFlight.clear()
      store.setState(initial)
    },
    idle: async () => {
      let seen: Promise<void> | undefined
      while (seen !== running) {
        seen = running
        await running
      }
    },
  }
}
