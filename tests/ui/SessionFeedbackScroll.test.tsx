// @vitest-environment happy-dom
import { act, cleanup, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { SessionFeedback } from '../../src/ui/commands/SessionFeedback'
import { renderPlayground } from './renderPlayground'

const original = globalThis.IntersectionObserver
afterEach(() => {
  cleanup()
  globalThis.IntersectionObserver = original
})

/** An IntersectionObserver that reports every element `ratio` visible, after the render. */
function seenAt(ratio: number) {
  globalThis.IntersectionObserver = class {
    constructor(private readonly report: IntersectionObserverCallback) {}
    observe(target: Element): void {
      queueMicrotask(() =>
        this.report(
          [{ isIntersecting: ratio > 0, intersectionRatio: ratio, target } as IntersectionObserverEntry],
          this as unknown as IntersectionObserver,
        ),
      )
    }
    unobserve(): void {}
    disconnect(): void {}
    takeRecords(): IntersectionObserverEntry[] {
      return []
    }
    readonly root = null
    readonly rootMargin = '0px'
    readonly thresholds = [0]
  } as unknown as typeof IntersectionObserver
}

async function showFeedback(text: string) {
  const scrolled = vi.fn()
  HTMLElement.prototype.scrollIntoView = scrolled
  const { store } = renderPlayground(<SessionFeedback session="commands" />)
  await act(async () => {
    store.getState().commands.setState({ feedback: { tone: 'success', text } })
    await Promise.resolve()
  })
  expect(screen.getByRole('status')).toHaveTextContent(text)
  return scrolled
}

describe("a command's feedback", () => {
  it('scrolls into view when it landed partly off screen', async () => {
    seenAt(0.4)
    expect(await showFeedback('Appended OrderCreated')).toHaveBeenCalledWith({ block: 'nearest' })
  })

  it('leaves the page where it is when the message is in view: no forced layout after every command', async () => {
    seenAt(1)
    expect(await showFeedback('Appended ItemAdded')).not.toHaveBeenCalled()
  })
})
