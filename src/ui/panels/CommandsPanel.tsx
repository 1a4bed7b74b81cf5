import { useState, type FormEvent } from 'react'
import { commandFromForm, type CommandFormValues, type CommandType } from '../../app/commandForm'
import { usePlayground } from '../../app/PlaygroundProvider'
import { selectIsLive } from '../../app/selectors'
import { PAYMENT_METHODS } from '../../domain/order'
import { ErrorAlert } from '../components/ErrorAlert'

const INITIAL_VALUES: CommandFormValues = {
  orderId: 'order-001',
  customerId: 'customer-123',
  itemId: 'apple',
  quantity: '3',
  unitPrice: '1.50',
  paymentMethod: 'credit_card',
  reason: '',
}

/** One form per Order command. `Order ID` names the order every command targets. */
export function CommandsPanel() {
  const send = usePlayground((state) => state.send)
  const reportError = usePlayground((state) => state.reportError)
  const pending = usePlayground((state) => state.pending)
  const isLive = usePlayground(selectIsLive)
  const goLive = usePlayground((state) => state.goLive)
  const commandError = usePlayground((state) => state.commandError)
  const notice = usePlayground((state) => state.notice)
  const dismissError = usePlayground((state) => state.dismissError)
  const [values, setValues] = useState(INITIAL_VALUES)

  const field = (name: keyof CommandFormValues) => ({
    value: values[name],
    onChange: (event: { target: { value: string } }) => setValues({ ...values, [name]: event.target.value }),
  })
  const submit = (type: CommandType) => (event: FormEvent) => {
    event.preventDefault()
    const parsed = commandFromForm(type, values)
    if (parsed.ok) void send(parsed.command)
    else reportError(parsed.message)
  }

  return (
    <section aria-labelledby="commands-heading" className="panel commands-panel">
      <h2 id="commands-heading">Commands</h2>
      {!isLive && (
        <p className="past-note" role="note">
          You are viewing the past, and history can’t be changed there: commands are off.{' '}
          <button type="button" className="link-button" onClick={goLive}>
            Return to live
          </button>{' '}
          to send commands again.
        </p>
      )}
      <fieldset disabled={!isLive || pending} className="commands-fieldset">
        <label className="field">
          Order ID
          <input {...field('orderId')} autoComplete="off" spellCheck={false} />
        </label>
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
      <ErrorAlert message={commandError} onDismiss={dismissError} />
      {notice && !commandError && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
    </section>
  )
}
