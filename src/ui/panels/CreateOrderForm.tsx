import { useState, type FormEvent } from 'react'
import { usePlayground } from '../../app/PlaygroundProvider'

/** The CreateOrder command as a form. Validation is the domain's: its message is shown as-is. */
export function CreateOrderForm() {
  const send = usePlayground((state) => state.send)
  const pending = usePlayground((state) => state.pendingCommand)
  const [orderId, setOrderId] = useState('order-001')
  const [customerId, setCustomerId] = useState('customer-123')

  const submit = (event: FormEvent) => {
    event.preventDefault()
    void send({ type: 'CreateOrder', orderId: orderId.trim(), customerId: customerId.trim() })
  }

  return (
    <form className="command-form" onSubmit={submit} aria-label="Create order">
      <label>
        Order ID
        <input value={orderId} onChange={(e) => setOrderId(e.target.value)} autoComplete="off" />
      </label>
      <label>
        Customer ID
        <input value={customerId} onChange={(e) => setCustomerId(e.target.value)} autoComplete="off" />
      </label>
      <button type="submit" disabled={pending}>
        Create order
      </button>
    </form>
  )
}
