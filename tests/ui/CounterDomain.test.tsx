// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { orderModule } from '../../src/domains/order/module'
import { createDomainRegistry } from '../../src/kernel/replayStream'
import { CommandsPanel } from '../../src/ui/panels/CommandsPanel'
import { EventLogPanel } from '../../src/ui/panels/EventLogPanel'
import { ReplayedStatePanel } from '../../src/ui/panels/ReplayedStatePanel'
import { StorePanel } from '../../src/ui/panels/StorePanel'
import { AuditTrailPanel } from '../../src/ui/readside/AuditTrailPanel'
import { ReadModelsPanel } from '../../src/ui/readside/ReadModelsPanel'
import { counterModule } from '../domains/counter/module'
import { renderPlayground, showEverythingOnScreen } from './renderPlayground'

afterEach(cleanup)
showEverythingOnScreen()

describe('the panels on a domain they were not written for (the test-only Counter)', () => {
  it('generates its forms, folds its state, logs, audits and projects it', async () => {
    const user = userEvent.setup()
    renderPlayground(
      <>
        <StorePanel />
        <CommandsPanel />
        <ReplayedStatePanel />
        <EventLogPanel />
        <AuditTrailPanel />
        <ReadModelsPanel />
      </>,
      undefined,
      { domains: createDomainRegistry([counterModule, orderModule]) },
    )
    const counterId = screen.getByLabelText('Counter ID')
    await user.clear(counterId)
    await user.type(counterId, 'laps-1')
    await user.type(screen.getByLabelText('Label'), 'laps')
    await user.click(screen.getByRole('button', { name: 'Open counter' }))
    await screen.findByText('OpenCounter appended: laps-1 is now at version 1.')
    const by = screen.getByLabelText('By')
    await user.clear(by)
    await user.type(by, '4')
    await user.click(screen.getByRole('button', { name: 'Bump' }))
    await screen.findByText('Bump appended: laps-1 is now at version 2.')

    await user.clear(by)
    await user.type(by, 'four')
    await user.click(screen.getByRole('button', { name: 'Bump' }))
    expect(await screen.findByText('By must be a whole number from 1 to 100 (got "four").')).toBeInTheDocument()
    await user.clear(by)
    await user.type(by, '500')
    await user.click(screen.getByRole('button', { name: 'Bump' }))
    expect(await screen.findByText(/A bump must be a whole number from 1 to 100/)).toBeInTheDocument()

    await waitFor(() => expect(screen.getByText(/2 events in 1 stream/)).toBeInTheDocument())
    const state = await screen.findByRole('group', { name: 'Counter laps-1' })
    expect(within(state).getByLabelText('Count')).toHaveTextContent('4')
    expect(within(screen.getByRole('list', { name: 'Counters' })).getByRole('button')).toHaveTextContent('laps-1open4')
    expect(screen.getByRole('grid', { name: 'Events' })).toHaveTextContent('+4')
    expect(await screen.findByRole('table', { name: /Audit trail of laps-1/ })).toHaveTextContent('total 0 → 4')
    await waitFor(() =>
      expect(screen.getByRole('table', { name: 'Counter totals' })).toHaveTextContent('Counter-laps-1laps4'),
    )
    expect(screen.getByLabelText('Counter totals lag')).toHaveTextContent('Checkpoint 2 · up to date')
  })

  it('shows a domain without read models: the panel says so instead of failing', () => {
    renderPlayground(<ReadModelsPanel />, undefined, {
      domains: createDomainRegistry([{ ...counterModule, projections: [] }]),
    })
    expect(screen.getByRole('heading', { name: 'Read models' })).toBeInTheDocument()
    expect(screen.getByText('Counters keep no read models: no projection reads their events.')).toBeInTheDocument()
    expect(screen.queryAllByRole('table')).toHaveLength(0)
  })
})
