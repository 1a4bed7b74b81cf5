import { Fragment, useEffect, useMemo, useRef, useState, type FormEvent } from 'react'
import {
  commandFormLayout,
  commandFromForm,
  defaultFormValues,
  formValueKey,
  groupValues,
  type CommandFormGroup,
} from '../../kernel/commands/commandForm'
import type { CommandDescription, CommandField } from '../../kernel/domainModule'
import type { SessionName } from '../../react/playgroundTypes'
import { useSession, useSessionNow } from '../../react/useSession'
import { usePlayground } from '../../react/PlaygroundProvider'
import { SessionFeedback } from './SessionFeedback'

/** How long typing in the target field (Order ID) pauses before its stream is loaded. */
const LOAD_DELAY_MS = 250

type FieldProps = (name: string) => { value: string; onChange: (event: { target: { value: string } }) => void }

/** One generated input, by the kind of value it holds; `bound` is its value and change handler. Also the what-if's insert form. */
export function FieldInput({ field, bound }: { field: CommandField; bound: ReturnType<FieldProps> }) {
  switch (field.kind) {
    case 'enum':
      return (
        <select {...bound}>
          {(field.options ?? []).map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      )
    case 'integer':
      return <input {...bound} inputMode="numeric" autoComplete="off" />
    case 'money':
      return <input {...bound} inputMode="decimal" autoComplete="off" />
    case 'id':
      return <input {...bound} autoComplete="off" spellCheck={false} />
    case 'text':
      return <input {...bound} autoComplete="off" />
  }
}

const isNumeric = (field: CommandField) => field.kind === 'integer' || field.kind === 'money'

/** A group's fields: words on their own line, numbers side by side. */
function GroupFields({ group, bind }: { group: CommandFormGroup; bind: FieldProps }) {
  const { fields } = group
  const numbers = fields.filter(isNumeric)
  const label = (field: CommandField) => (
    <label className="field" key={field.name} title={field.description}>
      {field.label}
      <FieldInput field={field} bound={bind(formValueKey(group, field))} />
    </label>
  )
  return (
    <>
      {fields.filter((field) => !isNumeric(field)).map(label)}
      {numbers.length > 0 && <div className="field-row">{numbers.map(label)}</div>}
    </>
  )
}

/** One generated form: its fields, then a button per command that shares them. */
function GroupForm(props: {
  group: CommandFormGroup
  bind: FieldProps
  /** The target field shared by every form, and what it holds now. */
  target: { readonly field: CommandField; readonly value: string }
  submit: (command: CommandDescription, group: CommandFormGroup) => (event: FormEvent) => void
}) {
  const { group, bind, target } = props
  const submit = (command: CommandDescription) => props.submit(command, group)
  const [first, ...others] = group.commands
  if (!first) return null
  // A command that calls the shared target by its own name (Transfer's From account) says so in its form.
  const ownName = first.fields[0]?.label
  const targetHere = ownName && ownName !== target.field.label ? ownName : null
  const button = <button type="submit">{first.label}</button>
  return (
    <form
      onSubmit={submit(first)}
      className="command"
      aria-label={`${group.commands.map((command) => command.label).join(' or ')} form`}
    >
      {targetHere && (
        <label className="field">
          {targetHere}
          <input value={target.value} readOnly title={`The ${target.field.label} above`} />
        </label>
      )}
      <GroupFields group={group} bind={bind} />
      {others.length === 0 ? (
        button
      ) : (
        <div className="button-row">
          {button}
          {others.map((command) => (
            <button key={command.type} type="button" onClick={submit(command)}>
              {command.label}
            </button>
          ))}
        </div>
      )}
    </form>
  )
}

interface CommandFormsProps {
  readonly session: SessionName
  readonly disabled?: boolean
  readonly initialTarget?: string
  /**
   * Load the stream named in the target field once typing pauses (the main form). Off in the conflict lab,
   * where loading is an explicit step of the race and a late automatic load would spoil it.
   */
  readonly autoLoad?: boolean
  /** The stream's version in the store now, to show when what was loaded is behind it. */
  readonly storeVersionOf?: (target: string) => number
}

/**
 * The session's domain's commands as forms generated from its command catalogue, acting through
 * the session: commands are decided against the stream as the session loaded it, and appended
 * with that version.
 */
export function CommandForms({
  session,
  disabled = false,
  initialTarget,
  autoLoad = true,
  storeVersionOf,
}: CommandFormsProps) {
  const loaded = useSession(session, (state) => state.loaded)
  const busy = useSession(session, (state) => state.busy)
  const module = useSession(session, (state) => state.module)
  const now = useSessionNow(session)
  const loadInSession = usePlayground((state) => state.loadInSession)
  const submitInSession = usePlayground((state) => state.submitInSession)
  const reportFormError = usePlayground((state) => state.reportFormError)
  const layout = useMemo(() => commandFormLayout(module), [module])
  const targetName = layout.target.name
  // The domain's own defaults: switching domains keeps this component but changes its forms.
  const initialValues = useMemo(() => {
    const defaults = defaultFormValues(module)
    return initialTarget === undefined ? defaults : { ...defaults, [targetName]: initialTarget }
  }, [module, initialTarget, targetName])
  // Kept in the session, so switching views and back finds the form as the learner left it.
  const values = useSession(session, (state) => state.formValues) ?? initialValues
  const setValues = useSession(session, (state) => state.setFormValues)
  const target = (values[targetName] ?? '').trim()

  // Load the stream named in the target field once typing pauses; the forms then work from that version.
  useEffect(() => {
    if (!autoLoad || module.idProblem(target)) return
    if (now().loaded?.target === target) return
    // Skip it if anything was loaded meanwhile (Load order, a command, a scripted race): a late
    // load would silently replace a version the person, or the race, meant to keep.
    const loadedWhenScheduled = now().loaded
    const timer = setTimeout(() => {
      if (now().loaded === loadedWhenScheduled) void loadInSession(session, target)
    }, LOAD_DELAY_MS)
    return () => clearTimeout(timer)
  }, [target, session, autoLoad, module, now, loadInSession])

  // In the lab a scripted race may load another order: show it in the field. With auto-load the
  // field is what the person typed, and a load that finishes late must never overwrite it.
  const loadedTarget = loaded?.target
  const shownLoadedId = useRef(loadedTarget)
  useEffect(() => {
    if (autoLoad || loadedTarget === undefined || loadedTarget === shownLoadedId.current) return
    shownLoadedId.current = loadedTarget
    const current = now().formValues ?? initialValues
    if (current[targetName] !== loadedTarget) setValues({ ...current, [targetName]: loadedTarget })
  }, [autoLoad, loadedTarget, now, initialValues, targetName, setValues])

  const bind: FieldProps = (name) => ({
    value: values[name] ?? '',
    onChange: (event) => setValues({ ...values, [name]: event.target.value }),
  })
  const submit = (command: CommandDescription, group: CommandFormGroup) => (event: FormEvent) => {
    event.preventDefault()
    setFeedbackAfter(command.type)
    const parsed = commandFromForm(command, groupValues(layout, group, values))
    if (parsed.ok) void submitInSession(session, parsed.command)
    else reportFormError(session, parsed.message)
  }
  // A command's result shows under the form whose button was pressed, where the learner is looking.
  const [feedbackAfter, setFeedbackAfter] = useState<string | null>(null)
  const feedbackGroup = layout.groups.find((group) => group.commands.some((command) => command.type === feedbackAfter))
  const loadedHere = loaded && loaded.target === target ? loaded : null
  const storeVersion = loadedHere && storeVersionOf ? storeVersionOf(loadedHere.target) : undefined

  return (
    <>
      <fieldset disabled={disabled || busy} className="commands-fieldset">
        <div className="order-line">
          <label className="field">
            {layout.target.label}
            <input {...bind(targetName)} autoComplete="off" spellCheck={false} />
          </label>
          <button type="button" className="secondary" onClick={() => void loadInSession(session, target)}>
            Load {module.entityName}
          </button>
        </div>
        <p className="loaded-line" aria-live="polite">
          {!loadedHere
            ? 'Not loaded yet.'
            : loadedHere.state.version === 0
              ? `${loadedHere.target} does not exist yet.`
              : `Loaded ${loadedHere.target} at version ${loadedHere.state.version}.`}
          {storeVersion !== undefined && loadedHere && storeVersion > loadedHere.state.version && (
            <span className="stale"> The store has moved on to version {storeVersion}.</span>
          )}
        </p>
        {layout.groups.map((group) => (
          <Fragment key={group.commands[0]?.type}>
            <GroupForm
              group={group}
              bind={bind}
              submit={submit}
              target={{ field: layout.target, value: values[targetName] ?? '' }}
            />
            {group === feedbackGroup && <SessionFeedback session={session} />}
          </Fragment>
        ))}
      </fieldset>
      {!feedbackGroup && <SessionFeedback session={session} />}
    </>
  )
}
