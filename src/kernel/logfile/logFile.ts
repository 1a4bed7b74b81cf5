import type { RecordedEvent } from '../eventstore'
import type { ProgressInFile } from '../learn/types'

/** The name and version of the playground's log file format (public/event-log.schema.json describes it). */
export const LOG_FORMAT = 'event-sourcing-playground/event-log'
export const LOG_FORMAT_VERSION = 1

export interface LogFile {
  readonly format: typeof LOG_FORMAT
  readonly formatVersion: typeof LOG_FORMAT_VERSION
  readonly exportedAt: string
  readonly events: readonly RecordedEvent[]
  /** The learner's exercise progress, when there is any: an import restores it. */
  readonly progress?: ProgressInFile
}

const hasProgress = (progress: ProgressInFile | undefined): progress is ProgressInFile =>
  progress !== undefined && (progress.records.length > 0 || progress.activity.length > 0)

/** The whole log as one JSON document, in position order, with the exercise progress that goes with it. */
export function toLogJson(events: readonly RecordedEvent[], exportedAt: string, progress?: ProgressInFile): string {
  const file: LogFile = {
    format: LOG_FORMAT,
    formatVersion: LOG_FORMAT_VERSION,
    exportedAt,
    events,
    ...(hasProgress(progress) ? { progress } : {}),
  }
  return JSON.stringify(file, null, 2) + '\n'
}

/** The whole log as NDJSON: one event per line, in position order, so big logs can be read line by line. */
export function toLogNdjson(events: readonly RecordedEvent[]): string {
  return events.map((event) => JSON.stringify(event)).join('\n') + (events.length > 0 ? '\n' : '')
}
