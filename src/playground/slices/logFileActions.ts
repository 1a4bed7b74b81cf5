import { InvalidAppendError } from '../../kernel/eventstore'
import { COURSE_SCHEMA_VERSION } from '../../kernel/logfile/courseSchemaVersion'
import { plural } from '../../kernel/money'
import { describeCommandError } from '../describeError'
import { fileErrorFromStore } from '../../kernel/logfile/importFileError'
import { toLogJson, toLogNdjson } from '../../kernel/logfile/logFile'
import { compressLog, kilobytes, MAX_SHARED_LOG_BYTES } from '../../kernel/logfile/shareLink'
import type { PlaygroundState } from '../state'
import type { StoreActionContext } from './storeActionContext'

/** Import and export of the whole log, as the Store panel offers them. */
export function createLogFileActions({
  eventStore,
  get,
  set,
  runStoreAction,
}: StoreActionContext): Pick<PlaygroundState, 'importProgress' | 'importLog' | 'exportLog' | 'shareLogLink'> {
  return {
    importProgress: null,

    async importLog(text, { replace }) {
      const imported = await runStoreAction(async () => {
        try {
          // The parser brings zod: it loads when a file is first imported, not with the first screen.
          const { parseLogFile } = await import('../../kernel/logfile/logImport')
          const { events, source, progress } = await parseLogFile(text, get().domains, (checked, total) =>
            set({ importProgress: { stage: 'checking', done: checked, total } }),
          )
          if (events.length === 0) return 'The file holds no events: nothing to import.'
          const { lastPosition } = await eventStore
            .importEvents(events, {
              replace,
              onProgress: (written, total) => set({ importProgress: { stage: 'writing', done: written, total } }),
            })
            .catch((error: unknown) => {
              throw error instanceof InvalidAppendError
                ? fileErrorFromStore(error, source === 'course-table' ? 'row' : 'event')
                : error
            })
          const count = plural(events.length, 'event')
          if (progress) {
            // The file's positions 1…n are now lastPosition-n+1…lastPosition.
            await get()
              .progress.getState()
              .restore(progress, lastPosition - events.length, replace)
            return `${replace ? 'Replaced the store with' : 'Imported'} ${count}, and the exercise progress saved with them.`
          }
          if (source === 'course-table') {
            const module = events[0] ? get().domains.forStream(events[0].streamId) : undefined
            const upcast = `stored in schema ${COURSE_SCHEMA_VERSION} and upcast to schema ${module?.schemaVersion ?? '—'} when read`
            return `${replace ? 'Replaced the store with' : 'Imported'} ${count} from the learning material's table, ${upcast}.`
          }
          return replace ? `Replaced the store with ${count} from the file.` : `Imported ${count}.`
        } finally {
          set({ importProgress: null })
        }
      })
      if (imported) get().goLive()
      return imported
    },

    async exportLog(kind) {
      try {
        const events = await eventStore.readAll()
        const { records, activity } = get().progress.getState()
        const progress = { records: Object.values(records), activity }
        const text = kind === 'json' ? toLogJson(events, new Date().toISOString(), progress) : toLogNdjson(events)
        const count = plural(events.length, 'event')
        set({
          storeMessage: {
            tone: 'success',
            text: `Exported ${count} as ${kind === 'json' ? 'JSON' : 'NDJSON'}.`,
            from: 'store-panel',
          },
        })
        return text
      } catch (error) {
        set({ storeMessage: { tone: 'error', text: describeCommandError(error), from: 'store-panel' } })
        return null
      }
    },

    async shareLogLink() {
      try {
        // The log alone: a link shows history, not the sender's exercise progress.
        const events = await eventStore.readAll()
        if (events.length === 0)
          return { ok: false, tooLarge: false, text: 'The store is empty: there is no log to share.' }
        const { encoded, bytes } = await compressLog(toLogJson(events, new Date().toISOString()))
        if (bytes > MAX_SHARED_LOG_BYTES)
          return {
            ok: false,
            tooLarge: true,
            text: `The log is ${kilobytes(bytes)} compressed, more than a link carries (${kilobytes(MAX_SHARED_LOG_BYTES)}): export it as a file and share that instead.`,
          }
        return { ok: true, encoded, bytes, events: events.length }
      } catch (error) {
        return { ok: false, tooLarge: false, text: describeCommandError(error) }
      }
    },
  }
}
