import type { DomainRegistry } from './replayStream'
import type { RecordedEvent } from './eventstore'

/**
 * One line that says what an event's data means, for the log: as upcast when it was stored in an
 * older shape, in the words of the stream's module. Every visible row and every search over the
 * log asks this, so a module's `summarize` should allocate nothing for an event in today's shape.
 */
export function summarizeEvent(domains: DomainRegistry, event: RecordedEvent): string {
  const module = domains.forStream(event.streamId)
  return module ? module.summarize(event) : JSON.stringify(event.data)
}

/** How an event's schema was read, when it was not simply today's: shown beside it in the log and details. */
export interface SchemaNote {
  /** A short badge. */
  readonly label: string
  /** The whole story, for the title and the details. */
  readonly detail: string
  /** Upcast events are fine; the others are not folded. */
  readonly severity: 'info' | 'warning'
}

export function schemaNote(domains: DomainRegistry, event: RecordedEvent): SchemaNote | null {
  const module = domains.forStream(event.streamId)
  if (!module)
    return {
      label: 'no domain',
      detail: `No domain of this playground reads the stream ${event.streamId}: the event is kept and shown, but not replayed.`,
      severity: 'warning',
    }
  const current = module.schemaVersion
  const reading = module.readEvent(event)
  switch (reading.kind) {
    case 'known':
      return reading.upcastFrom === null
        ? null
        : {
            label: `schema ${reading.upcastFrom} → ${current}`,
            detail: `Stored in schema ${reading.upcastFrom}; upcast on read to schema ${current}.`,
            severity: 'info',
          }
    case 'unknown-type':
      return {
        label: 'unknown type',
        detail: `This playground has no ${event.type} event: it is kept and shown, but not replayed.`,
        severity: 'warning',
      }
    case 'unknown-schema':
      return {
        label: `unknown schema ${reading.schemaVersion}`,
        detail: `Schema ${reading.schemaVersion} is newer than this playground reads (${current}): kept and shown, but not replayed. A newer version of the playground wrote it.`,
        severity: 'warning',
      }
    case 'unreadable':
      return {
        label: 'unreadable',
        detail: `Its data cannot be read (${reading.problem}): kept and shown, but not replayed.`,
        severity: 'warning',
      }
  }
}
