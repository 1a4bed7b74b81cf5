import { streamIdOf, type AnyDomainModule } from '../domainModule'
import { createInMemoryEventStore, type EventStore } from '../eventstore'
import { handleCommand } from './handleCommand'
import { numberedCopy } from '../learn/attempt'

/** How many days the sample's history spreads over, ending now: As of, the audit trail and revenue by day need them. */
export const SAMPLE_DAYS = 4
/** The gap between two sample commands on one day. */
const SAMPLE_STEP_MS = 3 * 60_000
const DAY_MS = 24 * 60 * 60_000

export interface LoadedSample {
  /** How many commands were sent. */
  readonly commands: number
  /** The targets the sample wrote, in the order it first named them. */
  readonly targets: readonly string[]
  /** The targets the sample names that were taken already, so it wrote under fresh ones instead. */
  readonly taken: readonly string[]
}

type Command = { readonly type: string } & Readonly<Record<string, unknown>>

/**
 * When each of `count` sample commands happened: spread over the last SAMPLE_DAYS days, a few
 * minutes apart within a day, ending now, and never before `notBefore` (the store's last event),
 * so time still runs forward through the log.
 */
export function sampleTimes(count: number, now: Date, notBefore: Date | null): Date[] {
  const times: Date[] = []
  for (let index = 0; index < count; index += 1) {
    const day = Math.floor((index * SAMPLE_DAYS) / Math.max(count, 1))
    const planned = now.getTime() - (SAMPLE_DAYS - 1 - day) * DAY_MS - (count - index) * SAMPLE_STEP_MS
    const floor = Math.max(notBefore ? notBefore.getTime() + 1 : -Infinity, times.at(-1)?.getTime() ?? -Infinity)
    times.push(new Date(Math.min(now.getTime(), Math.max(planned, floor))))
  }
  return times
}

/**
 * Sends a domain's sample commands through the command handler, so they obey the same rules as
 * anything a person types, recorded at the sample's own times or over the last few days. When a target the sample names is
 * taken (the learner's own order-001, or the sample loaded before) the sample is written under
 * fresh targets (order-001-2, …) instead: it never touches the learner's streams.
 */
export async function loadSample(
  module: AnyDomainModule,
  store: EventStore,
  sessionId: string,
  { now = new Date(), lastRecordedAt = null }: { now?: Date; lastRecordedAt?: string | null } = {},
): Promise<LoadedSample> {
  const sample = module.sample as readonly Command[]
  const named = [...new Set(sample.map((command) => module.targetOf(command) as string))]
  const exists = async (target: string) => (await store.streamVersion(streamIdOf(module, target))) > 0
  const taken: string[] = []
  for (const target of named) if (await exists(target)) taken.push(target)
  let round = 1
  const renamed = (target: string) => numberedCopy(target, round)
  if (taken.length > 0) {
    round = 2
    while ((await Promise.all(named.map((target) => exists(renamed(target))))).some(Boolean)) round += 1
  }
  const targetField = (module.commands[0]?.fields[0]?.name ?? '') as string
  const commands = sample.map((command) => {
    const fresh = { ...command, [targetField]: renamed(module.targetOf(command) as string) }
    if (module.targetOf(fresh) !== renamed(module.targetOf(command) as string)) {
      throw new Error(`${module.category}'s sample commands must name their stream by ${targetField}.`)
    }
    return fresh
  })

  // Decided in a scratch store whose clock is the sample's, then written to the store in one import.
  const schedule = module.sampleSchedule
  if (schedule && schedule.length !== commands.length) {
    throw new Error(`${module.category}'s sample schedule must give one time per sample command.`)
  }
  const times = schedule
    ? schedule.map((entry) => new Date(entry.at))
    : sampleTimes(commands.length, now, lastRecordedAt ? new Date(lastRecordedAt) : null)
  let clock = now
  const scratch = createInMemoryEventStore({ sessionId, clock: () => clock })
  for (const [index, command] of commands.entries()) {
    clock = times[index]!
    await handleCommand(module, scratch, command, { metadata: { sessionId: schedule?.[index]?.by ?? sessionId } })
  }
  const events = await scratch.readAll()
  await store.importEvents(
    events.map((event) => ({
      eventId: event.eventId,
      streamId: event.streamId,
      version: event.version,
      type: event.type,
      data: event.data,
      metadata: event.metadata,
      recordedAt: event.recordedAt,
    })),
  )
  return { commands: commands.length, targets: named.map(renamed), taken }
}
