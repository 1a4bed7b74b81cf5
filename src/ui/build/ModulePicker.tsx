import { useState } from 'react'
import { useWorkshop } from '../../react/WorkshopProvider'

/** Which module the editor holds, and a new one from a template. */
export function ModulePicker() {
  const modules = useWorkshop((state) => state.modules)
  const selectedId = useWorkshop((state) => state.selectedId)
  const running = useWorkshop((state) => state.running)
  const templates = useWorkshop((state) => state.templates)
  const select = useWorkshop((state) => state.select)
  const create = useWorkshop((state) => state.create)
  const remove = useWorkshop((state) => state.remove)
  const [template, setTemplate] = useState(templates[0]?.label ?? '')
  const nameOf = (id: string, source: string) =>
    running[id]?.title ?? /title:\s*['"]([^'"]+)['"]/.exec(source)?.[1] ?? 'Untitled module'
  return (
    <div className="module-picker">
      {modules.length > 0 && (
        <label>
          Module
          <select value={selectedId ?? ''} onChange={(event) => select(event.target.value)}>
            {modules.map((record) => (
              <option key={record.id} value={record.id}>
                {nameOf(record.id, record.source)}
                {running[record.id] ? ' (running)' : ''}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        Start from
        <select value={template} onChange={(event) => setTemplate(event.target.value)}>
          {templates.map((each) => (
            <option key={each.label} value={each.label}>
              {each.label}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => void create(template)}>
        New module
      </button>
      {selectedId && (
        <button type="button" onClick={() => void remove(selectedId)}>
          Delete module
        </button>
      )}
    </div>
  )
}
