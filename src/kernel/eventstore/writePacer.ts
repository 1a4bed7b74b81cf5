import { TASK_SLICE_MS } from '../nextTask'
import { IMPORT_CHUNK, importChecker } from './importPlan'
import type { ImportEvent } from './types'

/** Chunks handed to IndexedDB before the page waits for the first of them: the database never waits for the page. */
const WRITES_AHEAD = 3

interface Write {
  readonly done: PromiseLike<void>
  readonly end: number
  settled: boolean
}

/**
 * Paces an import's writes in one transaction. After each chunk is handed to the database, `handed`
 * waits for the oldest writes until at most `writesAhead` are in flight, and, once the page has
 * worked `sliceMs` in this task, for one still running: its completion comes in a task of its own.
 * (Waiting only for the oldest, when it was already done, went on in the same task: a few chunks
 * in a row made one long task.) `onWritten` hears each write's end, in order.
 */
export function createWritePacer(
  onWritten: (end: number) => void,
  { writesAhead = WRITES_AHEAD, sliceMs = TASK_SLICE_MS, now = () => performance.now() } = {},
) {
  const writing: Write[] = []
  let sliceStarted = now()
  const sliceOver = () => now() - sliceStarted >= sliceMs
  /** Waits for the oldest write and tells its end. One still running resumes in a task of its own: a new slice. */
  const oldestWritten = async () => {
    const oldest = writing.shift()!
    const resumesInNewTask = !oldest.settled
    await oldest.done
    if (resumesInNewTask) sliceStarted = now()
    onWritten(oldest.end)
  }
  return {
    /** `done`: the chunk's write, resolved once its last record is stored; `end`: the index after its last event. */
    async handed(done: PromiseLike<void>, end: number): Promise<void> {
      const write: Write = { done, end, settled: false }
      // Rejections are told by the await below, or by the check that aborted the transaction.
      done.then(
        () => (write.settled = true),
        () => (write.settled = true),
      )
      writing.push(write)
      while (writing.length > writesAhead || (writing.length > 0 && sliceOver())) await oldestWritten()
    },
    /** Waits for every write still in flight. */
    async finished(): Promise<void> {
      while (writing.length > 0) await oldestWritten()
    },
  }
}

/**
 * Checks an import `IMPORT_CHUNK` events at a time and hands each chunk to `write` (the events from
 * `start` to `end`; it resolves once they are stored), paced by `createWritePacer`. A bad event
 * throws before its chunk is handed over. `onProgress` hears how many are written, of how many.
 */
export async function writeInChunks(
  importing: readonly ImportEvent[],
  onProgress: ((written: number, total: number) => void) | undefined,
  write: (start: number, end: number) => PromiseLike<void>,
): Promise<void> {
  const total = importing.length
  // A repeated id fails its add on the unique index, and `throwImportClash` names it.
  const check = importChecker({ uniqueIds: false })
  const pacer = createWritePacer((end) => onProgress?.(end, total))
  for (let start = 0; start < total; start += IMPORT_CHUNK) {
    const end = Math.min(start + IMPORT_CHUNK, total)
    for (let index = start; index < end; index += 1) check(importing[index] as ImportEvent, index)
    await pacer.handed(write(start, end), end)
  }
  await pacer.finished()
  if (total === 0) onProgress?.(0, 0)
}
