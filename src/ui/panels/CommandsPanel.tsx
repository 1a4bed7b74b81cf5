import { usePlayground } from '../../app/PlaygroundProvider'
import { ErrorAlert } from '../components/ErrorAlert'
import { CreateOrderForm } from './CreateOrderForm'

export function CommandsPanel() {
  const commandError = usePlayground((state) => state.commandError)
  const dismissError = usePlayground((state) => state.dismissError)
  return (
    <section aria-labelledby="commands-heading" className="panel">
      <h2 id="commands-heading">Commands</h2>
      <p className="panel-hint">Each command is checked against the order’s current state, then recorded as events.</p>
      <CreateOrderForm />
      <ErrorAlert message={commandError} onDismiss={dismissError} />
    </section>
  )
}
