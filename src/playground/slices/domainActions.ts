import { categoryOf, streamIdFor, streamIdOf } from '../../kernel/domainModule'
import { handleCommand } from '../../kernel/commands/handleCommand'
import { loadSample, SAMPLE_DAYS } from '../../kernel/commands/loadSample'
import { currentAttempt } from '../../kernel/learn/attempt'
import type { DomainRegistry } from '../../kernel/replayStream'
import { describeCommandError } from '../describeError'
import type { PlaygroundState } from '../state'
import type { DomainSessions } from './domainSessions'
import type { AnyDomainModule } from '../../kernel/domainModule'
import type { RaceRecorder } from './raceRecorder'
import type { StoreActionContext } from './storeActionContext'

/**
 * What the app store does with a domain: choose it, send any domain's command, write its sample,
 * prepare an exercise's history.
 */
export function createDomainActions(
  { eventStore, get, set, runStoreAction }: StoreActionContext,
  {
    domains,
    sessionsOf,
    recorder,
    sessionId,
  }: {
    domains: DomainRegistry
    sessionsOf: (module: AnyDomainModule) => DomainSessions
    recorder: RaceRecorder
    sessionId: string
  },
): Pick<PlaygroundState, 'send' | 'setDomain' | 'loadSample' | 'prepareExercise'> {
  return {
    async send(command, options) {
      const knowing = domains.modules.filter((candidate) =>
        (candidate.commands as readonly { type: string }[]).some((known) => known.type === command.type),
      )
      // Two domains may share a command's type (a learner's copy of the Order): the one named, else
      // the one on screen, else the first.
      const module = options?.domain
        ? knowing.find((candidate) => candidate.category === options.domain)
        : (knowing.find((candidate) => candidate === get().domain) ?? knowing[0])
      if (options?.domain && !module) {
        return { tone: 'error', text: `No domain ${options.domain} has a command ${String(command.type)}.` }
      }
      if (!module) {
        const known = domains.modules.flatMap((candidate) => candidate.commands.map((known) => known.type as string))
        return {
          tone: 'error',
          text: `No domain has a command ${String(command.type)}; try one of ${known.join(', ')}.`,
        }
      }
      const session = sessionsOf(module).commands
      await session.getState().submit(command, { retry: options?.retry ?? true })
      return session.getState().feedback ?? { tone: 'error', text: 'The command said nothing.' }
    },

    setDomain(category) {
      const chosen = domains.forCategory(category)
      if (!chosen || chosen === get().domain) return
      const sessions = sessionsOf(chosen)
      const { selectedStreamId } = get()
      recorder.getState().clear()
      set({
        domain: chosen,
        commands: sessions.commands,
        lab: { tabA: sessions.tabA, tabB: sessions.tabB, recorder },
        // The panels that show one stream show one of the chosen domain's.
        selectedStreamId:
          selectedStreamId !== null && categoryOf(selectedStreamId) === category ? selectedStreamId : null,
        filters: get().filters.category ? { ...get().filters, category, streamId: '' } : get().filters,
      })
    },

    async loadSample(from) {
      const loaded = await runStoreAction(async () => {
        const { log, domain } = get()
        const sample = await loadSample(domain, eventStore, sessionId, {
          lastRecordedAt: log.eventAt(log.length)?.recordedAt ?? null,
        })
        const [first] = sample.targets
        if (first !== undefined) set({ selectedStreamId: streamIdOf(domain, first) })
        const when = domain.sampleSchedule ? 'with their own dates' : `over the last ${SAMPLE_DAYS} days`
        const loadedText = `Loaded the ${domain.title} sample: ${sample.commands} commands ${when}.`
        if (sample.taken.length === 0) return loadedText
        return `${loadedText} ${sample.taken.join(', ')} ${sample.taken.length === 1 ? 'was' : 'were'} taken, so it wrote ${sample.targets.join(', ')} instead; your own ${domain.entityName}s are untouched.`
      }, from)
      if (loaded) get().goLive()
    },

    async prepareExercise(exerciseId) {
      const { domain } = get()
      const exercise = domain.exercises.find((candidate) => candidate.id === exerciseId)
      const since = get().progress.getState().records[exerciseId]?.sincePosition ?? 0
      const attempt = currentAttempt(domain, exercise?.ids, get().log.events, since)
      const commands = exercise?.setup?.commands(attempt) ?? []
      const first = commands[0]
      if (!first) return { ok: false, text: 'This exercise has nothing to prepare.' }
      const target = domain.targetOf(first) as string
      if ((await eventStore.streamVersion(streamIdFor(domain, first))) > 0) {
        return { ok: false, text: `${target} is already prepared: its history is in the log.` }
      }
      try {
        for (const command of commands) await handleCommand(domain, eventStore, command, { metadata: { sessionId } })
        return { ok: true, text: `Prepared ${target}: ${commands.length} commands recorded.` }
      } catch (error) {
        return { ok: false, text: describeCommandError(error) }
      }
    },
  }
}
