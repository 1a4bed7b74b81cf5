import { useEffect, useState, type FormEvent } from 'react'
import { commandFromForm, type CommandFormValues, type CommandType } from '../../playground/commandForm'
import type { CommandSession } from '../../playground/slices/commandSession'
import { useSession } from '../../react/useSession'
import { orderIdProblem, PAYMENT_METHODS } from '../../domains/order'
import { SessionFeedback } from './SessionFeedback'

const DEFAULT_VALUES: CommandFormValues = {
  orderId: 'order-001',
  customerId: 'customer-123',
  itemId: 'apple',
  quantity: '3',
  unitPrice: '1.50',
  paymentMethod: 'credit_card',
  reason: '',
}

/** How long typing in Order ID pauses before the order is loaded. */
const LOAD_DELAY_MS = 250

interface CommandFormsProps {
  readonly session: CommandSession
  readonly disabled?: boolean
  readonly initialOrderId?: string
  /**
   * Load the order named in Order ID once typing pauses (the main form). Off in the conflict lab,
   * where loading is an explicit step of the race and a late automatic load would spoil it.
   */
  readonly autoLoad?: boolean
  /** The order's version in the store now, to show when what was loaded is behind it. */
  readonly storeVersionOf?: (orderId: string) => number
}

/**
 * One form per Order command, acting through a session: commands are decided against the
 * order as the session loaded it, and appended with that version.
 */
export function CommandForms({
  session,
  disabled = false,
  initialOrderId,
  autoLoad = true,
  storeVersionOf,
}: CommandFormsProps) {
  const loaded = useSession(session, (state) => state.loaded)
  const busy = useSession(session, (state) => state.busy)
  const [values, setValues] = useState({ ...DEFAULT_VALUES, orderId: initialOrderId ?? DEFAULT_VALUES.orderId })
  const orderId = values.orderId.trim()

  // Load the order named in Order ID once typing pauses; the forms then work from that version.
  useEffect(() => {
    if (!autoLoad || orderIdProblem(orderId)) return
    if (session.getState().loaded?.orderId === orderId) return
    // Skip it if anything was loaded meanwhile (Load order, a command, a scripted race): a late
    // load would silently replace a version the person, or the race, meant to keep.
    const loadedWhenScheduled = session.getState().loaded
    const timer = setTimeout(() => {
      if (session.getState().loaded === loadedWhenScheduled) void session.getState().load(orderId)
    }, LOAD_DELAY_MS)
    return () => clearTimeout(timer)
  }, [orderId, session, autoLoad])

  // In the lab a scripted race may load another order: show it in the field (adjusting state when
  // the loaded order changes, during render, as React recommends over an effect). With auto-load
  // the field is what the person typed, and a load that finishes late must never overwrite it.
  const [shownLoadedId, setShownLoadedId] = useState(loaded?.orderId)
  if (!autoLoad && loaded && loaded.orderId !== shownLoadedId) {
    setShownLoadedId(loaded.orderId)
    if (loaded.orderId !== orderId) setValues({ ...values, orderId: loaded.orderId })
  }

  const field = (name: keyof CommandFormValues) => ({
    value: values[name],
    onChange: (event: { target: { value: string } }) => setValues({ ...values, [name]: event.target.value }),
  })
  const submit = (type: CommandType) => (event: FormEvent) => {
    event.preventDefault()
    const parsed = commandFromForm(type, values)
    if (parsed.ok) void session.getState().submit(parsed.command)
    else session.getState().reportError(parsed.message)
  }
  const loadedHere = loaded && loaded.orderId === orderId ? loaded : null
  const storeVersion = loadedHere && storeVersionOf ? storeVersionOf(loadedHere.orderId) : undefined

  return (
    <>
      <fieldset disabled={disabled || busy} className="commands-fieldset">
        <div className="order-line">
          <label className="field">
            Order ID
            <input {...field('orderId')} autoComplete="off" spellCheck={false} />
          </label>
          <button type="button" className="secondary" onClick={() => void session.getState().load(orderId)}>
            Load order
          </button>
        </div>
        <p className="loaded-line" aria-live="polite">
          {loadedHere ? `Loaded ${loadedHere.orderId} at version ${loadedHere.state.version}.` : 'Not loaded yet.'}
          {storeVersion !== undefined && loadedHere && storeVersion > loadedHere.state.version && (
            <span className="stale"> The store has moved on to version {storeVersion}.</span>
          )}
        </p>
        <form onSubmit={submit('CreateOrder')} className="command" aria-label="Create order form">
          <label className="field">
            Customer ID
            <input {...field('customerId')} autoComplete="off" spellCheck={false} />
          </label>
          <button type="submit">Create order</button>
        </form>
        <form onSubmit={submit('AddItem')} className="command" aria-label="Item forms">
          <label className="field">
            Item ID
            <input {...field('itemId')} autoComplete="off" spellCheck={false} />
          </label>
          <div className="field-row">
            <label className="field">
              Quantity
              <input {...field('quantity')} inputMode="numeric" autoComplete="off" />
            </label>
            <label className="field">
              Unit price
              <input {...field('unitPrice')} inputMode="decimal" autoComplete="off" />
            </label>
          </div>
          <div className="button-row">
            <button type="submit">Add item</button>
            <button type="button" onClick={submit('RemoveItem')}>
              Remove item
            </button>
          </div>
        </form>
        <form onSubmit={submit('PayOrder')} className="command" aria-label="Pay order form">
          <label className="field">
            Payment method
            <select {...field('paymentMethod')}>
              {PAYMENT_METHODS.map((method) => (
                <option key={method} value={method}>
                  {method}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">Pay order</button>
        </form>
        <form onSubmit={submit('CancelOrder')} className="command" aria-label="Cancel order form">
          <label className="field">
            Reason
            <input {...field('reason')} autoComplete="off" />
          </label>
          <button type="submit">Cancel order</button>
        </form>
      </fieldset>
      <SessionFeedback session={session} />
    </>
  )
}
