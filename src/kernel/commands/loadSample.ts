import { streamIdOf, type AnyDomainModule } from '../domainModule'
import type { EventStore } from '../eventstore'
import { handleCommand } from './handleCommand'

/**
 * Sends a domain's sample commands through the command handler, so they obey the same rules as
 * anything a person types. Refuses, writing nothing, when a sample stream already exists.
 * Resolves to how many commands were sent.
 */
export async function loadSample(module: AnyDomainModule, store: EventStore, sessionId: string): Promise<number> {
  const targets: string[] = [...new Set(module.sample.map((command: { type: string }) => module.targetOf(command)))]
  const existing: string[] = []
  for (const target of targets) {
    if ((await store.streamVersion(streamIdOf(module, target))) > 0) existing.push(target)
  }
  if (existing.length > 0) {
    throw new Error(`The sample is already loaded (${existing.join(', ')} exist). Reset the store to load it again.`)
  }
  for (const command of module.sample) await handleCommand(module, store, command, { metadata: { sessionId } })
  return module.sample.length
}
