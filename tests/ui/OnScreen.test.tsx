// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { OnScreen } from '../../src/uikit/OnScreen'

afterEach(cleanup)

/** An IntersectionObserver the test moves on and off screen by hand. */
let report: (onScreen: boolean) => void
beforeEach(() => {
  globalThis.IntersectionObserver = class {
    constructor(private readonly callback: IntersectionObserverCallback) {}
    observe(target: Element): void {
      report = (onScreen) =>
        act(() =>
          this.callback(
            [{ isIntersecting: onScreen, target } as IntersectionObserverEntry],
            this as unknown as IntersectionObserver,
          ),
        )
    }
    unobserve(): void {}
    disconnect(): void {}
  } as unknown as typeof IntersectionObserver
})

function renderTable() {
  const { container } = render(
    <OnScreen minHeight={120}>
      <table aria-label="Short table" />
    </OnScreen>,
  )
  return container.firstElementChild as HTMLElement
}

/** Seen, drawn at `drawnHeight` (happy-dom does no layout), then scrolled away: the wrapper left behind. */
function drawnThenScrolledAway(drawnHeight: number): HTMLElement {
  const wrapper = renderTable()
  report(true)
  Object.defineProperty(wrapper, 'offsetHeight', { configurable: true, value: drawnHeight })
  report(false)
  return wrapper
}

describe('OnScreen', () => {
  it('holds minHeight until first seen, then mounts its children and stays at least that tall', () => {
    const wrapper = renderTable()
    expect(screen.queryByRole('table')).toBeNull()
    expect(wrapper.style.height).toBe('120px')
    report(true)
    expect(screen.getByRole('table', { name: 'Short table' })).toBeInTheDocument()
    expect(wrapper.style.height).toBe('')
    expect(wrapper.style.minHeight).toBe('120px')
  })

  it('off screen again, unmounts its children and keeps the height they had when taller', () => {
    const wrapper = drawnThenScrolledAway(300)
    expect(screen.queryByRole('table')).toBeNull()
    expect(wrapper.style.height).toBe('300px')
  })

  it('never drops below minHeight off screen, so a short table leaves the page where it was', () => {
    expect(drawnThenScrolledAway(48).style.height).toBe('120px')
  })
})
