import { useRef } from 'react'
import { useWorkshop } from '../../react/WorkshopProvider'
import { downloadText } from '../../uikit/downloadText'

/** The largest `.ts` file loaded: a module is a few hundred lines, not megabytes. */
const MAX_MODULE_BYTES = 200_000

/** Download the module as a `.ts` file, or load one. */
export function ModuleFiles({ source }: { source: string }) {
  const importFile = useWorkshop((state) => state.importFile)
  const input = useRef<HTMLInputElement>(null)
  const category = /category:\s*['"]([A-Za-z0-9]+)['"]/.exec(source)?.[1] ?? 'module'
  return (
    <>
      <button type="button" onClick={() => downloadText(`${category}.ts`, 'text/typescript', source)}>
        Download .ts
      </button>
      <label className="file-button">
        Load .ts
        <input
          ref={input}
          type="file"
          accept=".ts,text/typescript,text/plain"
          onChange={(event) => {
            const file = event.target.files?.[0]
            if (!file) return
            const reading = file.size > MAX_MODULE_BYTES ? Promise.resolve('') : file.text()
            void reading.then((text) => importFile(file.name, file.size > MAX_MODULE_BYTES ? '' : text))
            if (input.current) input.current.value = ''
          }}
        />
      </label>
    </>
  )
}
