import type { DomainError } from '../../kernel/decider'
import { targetIn } from '../../kernel/domainModule'
import { computeWhatIf, type WhatIfChange } from '../../kernel/debugger/whatIf'
import type { PlaygroundState } from '../state'
import type { StoreActionContext } from './storeActionContext'

const isDomainError = (value: unknown): value is DomainError =>
  typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'DomainError'

/**
 * The what-if: changes the learner tries on the log, kept here and computed by the panels; the
 * store is never written. Applying turns it into real commands, sent through the rules at the end.
 */
export function createWhatIfActions({
  get,
  set,
}: Pick<StoreActionContext, 'get' | 'set'>): Pick<
  PlaygroundState,
  'whatIf' | 'addWhatIf' | 'undoWhatIf' | 'discardWhatIf' | 'applyWhatIf'
> {
  return {
    whatIf: [],
    addWhatIf(change) {
      const same = (other: WhatIfChange) =>
        other.kind !== 'insert' && change.kind !== 'insert' && other.position === change.position
      // A second change of one event replaces the first: skip, then edit, means edit.
      set({ whatIf: [...get().whatIf.filter((other) => !same(other)), change] })
    },
    undoWhatIf(index) {
      set({ whatIf: get().whatIf.filter((_, at) => at !== index) })
    },
    discardWhatIf() {
      set({ whatIf: [] })
    },
    async applyWhatIf() {
      const { log, domains, whatIf, cursor } = get()
      if (cursor !== null) return 'Go live first: a what-if is applied at the end of the log.'
      const outcome = computeWhatIf(log, domains, whatIf, log.length)
      const plans = outcome.streams.map((stream) => ({
        stream,
        commands: stream.module.commandsTowards?.(
          stream.real,
          stream.whatIf,
          targetIn(stream.module, stream.streamId),
        ) as readonly { type: string }[] | DomainError | undefined,
      }))
      for (const { stream, commands } of plans) {
        if (commands === undefined)
          return `${stream.module.title} names no commands that apply a what-if: nothing was sent.`
        if (isDomainError(commands)) return `${commands.message} Nothing was sent.`
      }
      const sent: string[] = []
      for (const { commands } of plans) {
        for (const command of commands as readonly { type: string }[]) {
          const feedback = await get().send(command, { retry: false })
          if (feedback.tone !== 'success') {
            const before = sent.length > 0 ? ` after ${sent.join(', ')}` : ''
            return `${command.type} was refused${before}: ${feedback.text}`
          }
          sent.push(command.type)
        }
      }
      set({ whatIf: [] })
      return sent.length === 0
        ? 'Nothing to apply: the what-if and the log agree.'
        : `Appended through the rules, at the end of the log: ${sent.join(', ')}. The earlier events stay as they were.`
    },
  }
}
