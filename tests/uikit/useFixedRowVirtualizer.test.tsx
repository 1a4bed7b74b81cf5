// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { MAX_LIST_HEIGHT, scrollScale, useFixedRowVirtualizer } from '../../src/uikit/useFixedRowVirtualizer'

describe('scrollScale', () => {
  it('is 1 while the rows fit in what a browser lays out', () => {
    expect(scrollScale(100_000 * 34, 400, 34)).toBe(1)
    expect(scrollScale(MAX_LIST_HEIGHT, 400)).toBe(1)
  })

  it('past it, maps the laid-out scroll range onto the full one, end to end', () => {
    const rows = 1_000_000 * 34
    const scale = scrollScale(rows, 400, 34)
    const laidOutEnd = 34 + MAX_LIST_HEIGHT - 400
    expect(laidOutEnd * scale).toBeCloseTo(34 + rows - 400, 3)
    expect(scale).toBeGreaterThan(4)
  })
})

const ROW = 34
const VIEW = 340

/** Whether a List is rendering now: the hook must not read the element's layout then. */
let rendering = false
/** Reads of the scroller's height made while a List was rendering (each forces a layout in a browser). */
let readsDuringRender = 0

function List({ count }: { count: number }) {
  // The test's probe, impure on purpose: it marks the render, to catch layout read during it.
  // eslint-disable-next-line react-hooks/globals
  rendering = true
  const { scrollRef, rows, listHeight, rowTop } = useFixedRowVirtualizer(count, ROW, VIEW / ROW, 0)
  // eslint-disable-next-line react-hooks/globals
  rendering = false
  return (
    <div data-testid="scroller" ref={scrollRef} style={{ height: VIEW, overflow: 'auto' }}>
      <div data-testid="rows" style={{ height: listHeight, position: 'relative' }}>
        {rows.map((item) => (
          <div key={item.index} data-top={rowTop(item.start)}>
            row {item.index}
          </div>
        ))}
      </div>
    </div>
  )
}

describe('useFixedRowVirtualizer on a list taller than a browser lays out', () => {
  // happy-dom lays nothing out: give the scrolling element the height it would have.
  const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight')
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get(this: HTMLElement) {
        if (rendering) readsDuringRender += 1
        return this.dataset.testid === 'scroller' ? VIEW : 0
      },
    })
  })
  afterEach(cleanup)
  afterAll(() => {
    if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight)
    else Reflect.deleteProperty(HTMLElement.prototype, 'clientHeight')
  })

  it('caps the laid-out height and shows the last row when scrolled to the bottom', () => {
    const count = 1_000_000
    render(<List count={count} />)
    expect(screen.getByTestId('rows').style.height).toBe(`${MAX_LIST_HEIGHT}px`)
    expect(screen.getByText('row 0')).toBeTruthy()

    const scroller = screen.getByTestId('scroller')
    const bottom = MAX_LIST_HEIGHT - VIEW
    act(() => {
      scroller.scrollTop = bottom
      fireEvent.scroll(scroller)
    })
    const last = screen.getByText(`row ${count - 1}`)
    // Placed inside the laid-out list, at the bottom of the view.
    expect(Number(last.dataset.top)).toBe(bottom + VIEW - ROW)
    expect(screen.queryByText('row 0')).toBeNull()
  })

  it('reads the scroller in its scroll events, never while rendering', () => {
    render(<List count={10_000} />)
    const scroller = screen.getByTestId('scroller')
    readsDuringRender = 0
    // Two events before React renders: the second's update waits for the render.
    act(() => {
      scroller.scrollTop = 340
      fireEvent.scroll(scroller)
      scroller.scrollTop = 680
      fireEvent.scroll(scroller)
    })
    expect(screen.getByText('row 20')).toBeTruthy()
    expect(readsDuringRender).toBe(0)
  })
})
