import {
  ConcurrencyError,
  DuplicateEventIdError,
  EventStoreError,
  ImportConflictError,
  SharedStoreError,
  StorageFullError,
} from '../kernel/eventstore'
import { ImportFileError } from '../kernel/logfile/importFileError'
import { CommandRejectedError } from '../kernel/commands/handleCommand'

/** Turns anything a command can throw into a sentence for the person who sent it. */
export function describeCommandError(error: unknown): string {
  if (error instanceof CommandRejectedError) return error.message
  if (error instanceof ConcurrencyError) {
    return `Conflict: someone else changed ${error.streamId} first (you expected version ${String(error.expectedVersion)}, it is now at version ${error.actualVersion}). Nothing was saved; reload the order and try again.`
  }
  if (error instanceof ImportFileError) return `The file cannot be imported, nothing was written: ${error.message}`
  if (error instanceof ImportConflictError || error instanceof DuplicateEventIdError)
    return `Nothing was imported: ${error.message}`
  if (error instanceof StorageFullError) {
    return `${error.message} Export the log to keep it, then reset the store or free space for this site in the browser's settings.`
  }
  if (error instanceof SharedStoreError) {
    if (error.problem === 'unreachable')
      return 'The connection to the shared store is lost: nothing was appended. Check that its server is running and this tab is online, then send the command again.'
    return `The shared store refused it: ${error.message}`
  }
  if (error instanceof EventStoreError) return `The event store refused the command: ${error.message}`
  return `Something went wrong and nothing was saved: ${error instanceof Error ? error.message : String(error)}`
}

/** Says why the log could not be read into the page, and what happens next. */
export function describeLoadError(error: unknown): string {
  if (error instanceof SharedStoreError && error.problem === 'unreachable')
    return 'The event log could not be read: the shared store cannot be reached. Nothing was changed; the log is read again as soon as the connection is back.'
  return `The event log could not be read, and nothing was changed: ${error instanceof Error ? error.message : String(error)}`
}
