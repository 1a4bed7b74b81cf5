// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { TimeTravelPanel } from '../../src/ui/panels/TimeTravelPanel'
import { renderPlayground, walkthroughStore } from './renderPlayground'

afterEach(cleanup)

const slider = () => screen.getByRole('slider', { name: 'Time travel' })

async function renderWalkthrough() {
  const rendered = renderPlayground(<TimeTravelPanel />, await walkthroughStore())
  await waitFor(() => expect(slider()).toHaveAttribute('max', '4'))
  return rendered
}

describe('Time travel panel', () => {
  it('spans 0 to N, starts live at N and says where it is', async () => {
    await renderWalkthrough()
    expect(slider()).toHaveValue('4')
    expect(slider()).toHaveAttribute('min', '0')
    expect(slider().getAttribute('aria-valuetext')).toMatch(
      /^position 4 of 4, recorded \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$/,
    )
    expect(screen.getByRole('button', { name: 'Live' })).toHaveAttribute('aria-pressed', 'true')
    // On screen the position and its time are two lines, so neither wraps into the heading.
    expect(screen.getByText('position 4 of 4')).toHaveClass('position-where')
    expect(screen.getByText(/^recorded \d{4}-/)).toHaveClass('position-when')
  })

  it('moves the position when the slider moves, and Live returns to the end', async () => {
    const user = userEvent.setup()
    const { store } = await renderWalkthrough()
    fireEvent.change(slider(), { target: { value: '2' } })
    expect(store.getState().cursor).toBe(2)
    expect(screen.getByText(/^position 2 of 4/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Live' })).toHaveAttribute('aria-pressed', 'false')
    await user.click(screen.getByRole('button', { name: 'Live' }))
    expect(store.getState().cursor).toBeNull()
    expect(slider()).toHaveValue('4')
  })

  it('steps one event at a time with the buttons, and shows what each step changed', async () => {
    const user = userEvent.setup()
    const { store } = await renderWalkthrough()
    await user.click(screen.getByRole('button', { name: 'Jump to start' }))
    expect(slider()).toHaveValue('0')
    expect(screen.getByRole('button', { name: 'Step back' })).toHaveAttribute('aria-disabled', 'true')
    await user.click(screen.getByRole('button', { name: 'Step forward' }))
    await user.click(screen.getByRole('button', { name: 'Step forward' }))
    expect(slider()).toHaveValue('2')
    // The step description follows the position at a deferred priority.
    expect(await screen.findByText(/Applied event 2:/)).toHaveTextContent(
      'ItemAdded to Order-order-001 (version 2), 3 × apple at $1.50',
    )
    const changes = within(screen.getByRole('table', { name: 'What this event changed' }))
      .getAllByRole('row')
      .slice(1)
    expect(changes.map((row) => row.textContent)).toEqual(['Total$0.00$4.50', 'Version12', 'Item apple—3 × $1.50'])
    await user.click(screen.getByRole('button', { name: 'Step back' }))
    expect(slider()).toHaveValue('1')
    await user.click(screen.getByRole('button', { name: 'Jump to end' }))
    expect(store.getState().cursor).toBeNull()
  })

  it('says in a sentence that an event no domain reads changed nothing, with no empty table', async () => {
    const eventStore = await walkthroughStore()
    await eventStore.append('Audit-1', [{ type: 'SomethingNoDomainKnows', data: { x: 1 } }])
    renderPlayground(<TimeTravelPanel />, eventStore)
    await waitFor(() => expect(slider()).toHaveAttribute('max', '5'))
    expect(await screen.findByText(/Applied event 5:/)).toHaveTextContent('SomethingNoDomainKnows')
    expect(
      screen.getByText(
        'This playground cannot read it, so it changed nothing: it is kept and shown, but not replayed.',
      ),
    ).toBeInTheDocument()
    expect(screen.queryByRole('table', { name: 'What this event changed' })).toBeNull()
  })

  it('answers ← → Home End and space when the replay controls have focus', async () => {
    const user = userEvent.setup()
    const { store } = await renderWalkthrough()
    screen.getByRole('button', { name: 'Step back' }).focus()
    await user.keyboard('{Home}')
    expect(slider()).toHaveValue('0')
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}')
    expect(slider()).toHaveValue('3')
    await user.keyboard('{ArrowLeft}')
    expect(slider()).toHaveValue('2')
    await user.keyboard('{End}')
    expect(store.getState().cursor).toBeNull()
    screen.getByRole('button', { name: 'Step back' }).focus()
    await user.keyboard(' ')
    expect(store.getState().playing).toBe(true)
    await user.keyboard(' ')
    expect(store.getState().playing).toBe(false)
  })

  it('plays from the start to the end at the chosen speed, then is live again', async () => {
    const user = userEvent.setup()
    const { store } = await renderWalkthrough()
    await user.selectOptions(screen.getByLabelText('Replay speed'), '8')
    await user.click(screen.getByRole('button', { name: 'Play' }))
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument()
    const seen = new Set<number | null>()
    const unsubscribe = store.subscribe((state) => seen.add(state.cursor))
    await waitFor(() => expect(store.getState().playing).toBe(false), { timeout: 3000 })
    unsubscribe()
    expect([...seen]).toEqual([1, 2, 3, null])
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument()
  })
})

describe('Bookmarks', () => {
  it('names a position, lists it with a mark on the slider, goes back to it, and forgets one the log no longer holds', async () => {
    window.localStorage.clear()
    const user = userEvent.setup()
    const { store, unmount, eventStore } = await renderWalkthrough()
    fireEvent.change(slider(), { target: { value: '2' } })
    await user.type(screen.getByLabelText('Bookmark name'), 'first apples')
    await user.click(screen.getByRole('button', { name: 'Bookmark this position' }))
    expect(screen.getByRole('status')).toHaveTextContent('Bookmarked position 2 as “first apples”.')
    fireEvent.change(slider(), { target: { value: '3' } })
    // On the slider, b is the shortcut: it takes no letters.
    slider().focus()
    await user.keyboard('b')
    const list = screen.getByRole('list', { name: 'Bookmarks' })
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Go to first applesposition 2×', 'Go to Position 3: ItemAdded on Order-order-001position 3×'])
    expect(document.querySelectorAll('.slider-mark')).toHaveLength(2)
    await user.click(within(list).getByRole('button', { name: 'Go to first apples' }))
    expect(store.getState().cursor).toBe(2)
    await user.click(within(list).getByRole('button', { name: /Remove bookmark Position 3/ }))
    expect(within(list).getAllByRole('listitem')).toHaveLength(1)
    unmount()
    // A reload keeps it; another log (the same commands, so other events) does not show it.
    renderPlayground(<TimeTravelPanel />, eventStore)
    await waitFor(() => expect(slider()).toHaveAttribute('max', '4'))
    expect(within(screen.getByRole('list', { name: 'Bookmarks' })).getByText('Go to first apples')).toBeInTheDocument()
    cleanup()
    await renderWalkthrough()
    expect(screen.queryByRole('list', { name: 'Bookmarks' })).toBeNull()
  })

  it('takes b as a letter in a field, not as the shortcut', async () => {
    window.localStorage.clear()
    const user = userEvent.setup()
    await renderWalkthrough()
    await user.type(screen.getByLabelText('Bookmark name'), 'b')
    expect(screen.queryByRole('list', { name: 'Bookmarks' })).toBeNull()
  })
})
