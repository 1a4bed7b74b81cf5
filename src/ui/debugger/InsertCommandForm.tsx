import { useState, type FormEvent } from 'react'
import { commandFromForm, startingValue } from '../../kernel/commands/commandForm'
import { targetIn, type CommandDescription, type CommandField } from '../../kernel/domainModule'
import { recordableCommand } from '../../kernel/commands/handleCommand'
import { groupThousands } from '../../kernel/money'
import { useDomain, usePlayground } from '../../react/PlaygroundProvider'
import { usePosition } from '../../react/useTimeTravel'
import { FieldInput } from '../commands/CommandForms'

/**
 * `Insert a command here`: a command of the chosen domain, decided (in the what-if only) against
 * the state at the cursor, as if it had been sent right after the event there.
 */
export function InsertCommandForm() {
  const domain = useDomain()
  const position = usePosition()
  const selected = usePlayground((state) => state.selectedStreamId)
  const addWhatIf = usePlayground((state) => state.addWhatIf)
  const commands: readonly CommandDescription[] = domain.commands
  const [chosen, setChosen] = useState(commands[0]?.type ?? '')
  const [values, setValues] = useState<Readonly<Record<string, string>>>({})
  const [problem, setProblem] = useState<string | null>(null)
  const description = commands.find((command) => command.type === chosen) ?? commands[0]
  if (!description) return null
  const target = description.fields[0]
  const valueOf = (field: CommandField) =>
    values[`${description.type}.${field.name}`] ??
    (field === target && selected ? targetIn(domain, selected) : startingValue(field))
  const insert = (event: FormEvent) => {
    event.preventDefault()
    const typed = Object.fromEntries(description.fields.map((field) => [field.name, valueOf(field)]))
    const parsed = commandFromForm(description, typed)
    const command = parsed.ok ? recordableCommand(parsed.command) : undefined
    if (!parsed.ok || !command) {
      setProblem(parsed.ok ? 'This command cannot be recorded.' : parsed.message)
      return
    }
    setProblem(null)
    addWhatIf({ kind: 'insert', after: position, command })
  }
  return (
    <form className="insert-command" aria-label="Insert a command" onSubmit={insert} noValidate>
      <label className="field">
        Command to insert
        <select value={description.type} onChange={(event) => setChosen(event.target.value)}>
          {commands.map((command) => (
            <option key={command.type} value={command.type}>
              {command.label}
            </option>
          ))}
        </select>
      </label>
      <div className="insert-fields">
        {description.fields.map((field) => (
          <label className="field" key={field.name} title={field.description}>
            {field.label}
            <FieldInput
              field={field}
              bound={{
                value: valueOf(field),
                onChange: (event) =>
                  setValues({ ...values, [`${description.type}.${field.name}`]: event.target.value }),
              }}
            />
          </label>
        ))}
      </div>
      <button type="submit">Insert a command here</button>
      <p className="panel-hint">Decided against the state at position {groupThousands(position)}.</p>
      {problem && (
        <p role="alert" className="field-error">
          {problem}
        </p>
      )}
    </form>
  )
}
