import { useState } from 'react'
import type { AnyDomainModule } from '../../kernel/domainModule'
import {
  HISTORY_TEST_FOLDER,
  historyTestFile,
  historyTestFileName,
  testFromEvent,
  testFromRefusal,
  type HistoryTest,
} from '../../kernel/debugger/testFromHistory'
import { useDomains, usePlayground } from '../../react/PlaygroundProvider'
import type { Refusal } from '../../react/playgroundTypes'
import { downloadText } from '../../uikit/downloadText'

/** Downloads the test as a file, and says where to save it and how to run it; or why there is none. */
function download(module: AnyDomainModule | undefined, test: HistoryTest | string): string {
  if (typeof test === 'string') return test
  const text = module ? historyTestFile(module, test) : null
  if (!text) return `${module?.title ?? 'This'} domain names no source file to import it from, so no test can run it.`
  const name = historyTestFileName(test)
  downloadText(name, 'text/typescript', text)
  return `Downloaded ${name}: save it as ${HISTORY_TEST_FOLDER}/${name} in the playground's repository and run npx vitest run ${HISTORY_TEST_FOLDER}/${name}`
}

function ExportButton({ exportTest }: { exportTest: () => string }) {
  const [said, setSaid] = useState('')
  // A test is given the stream's whole history: while a long log's history is read, it waits.
  const complete = usePlayground((state) => state.log.complete)
  return (
    <div className="export-test">
      <button type="button" className="secondary" disabled={!complete} onClick={() => setSaid(exportTest())}>
        Export as test
      </button>
      <p role="status" className="panel-hint">
        {said}
      </p>
    </div>
  )
}

/**
 * `Export as test` for one stream at the cursor: the command that appended the stream's last
 * event up to the cursor, given the events before it, then the events it appended.
 */
export function ExportStreamTest({ streamId, position }: { streamId: string; position: number }) {
  const log = usePlayground((state) => state.log)
  const domains = useDomains()
  return (
    <ExportButton
      exportTest={() => {
        const event = log.streamEvents(streamId, position).at(-1)
        if (!event) return `${streamId} has no event up to position ${position}.`
        const module = domains.forStream(streamId)
        if (!module) return `No domain reads ${streamId}.`
        return download(module, testFromEvent(module, log.streamEvents(streamId), event))
      }}
    />
  )
}

/** `Export as test` for a refused command: given the stream it was decided against, then that refusal. */
export function ExportRefusalTest({ refusal }: { refusal: Refusal }) {
  const log = usePlayground((state) => state.log)
  const domains = useDomains()
  return (
    <ExportButton
      exportTest={() => {
        const module = domains.forStream(refusal.streamId)
        if (!module) return `No domain reads ${refusal.streamId}.`
        const stream = log.streamEvents(refusal.streamId).slice(0, refusal.version)
        return download(module, testFromRefusal(module, refusal.streamId, stream, refusal))
      }}
    />
  )
}
