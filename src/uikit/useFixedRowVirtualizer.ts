import { elementScroll, observeElementOffset, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual'
import { useCallback, useRef } from 'react'

/**
 * The tallest list we lay out, in pixels. Browsers stop laying out elements somewhere above this
 * (Chromium at 2^25 px, Firefox near 1.8 × 10^7), so a million 34-pixel rows cannot be one element
 * that tall; past it, a pixel of scrolling moves the list by more than one pixel (see `scrollScale`).
 */
export const MAX_LIST_HEIGHT = 8_000_000

/**
 * How many pixels of the full list one pixel of scrolling stands for: 1 while the list fits in
 * `MAX_LIST_HEIGHT`, more past it. Both ends line up: scrolled to the top shows the first row,
 * scrolled to the bottom shows the last. `headerHeight` is what sits above the rows in the same
 * scrolling element (a sticky header row).
 */
export function scrollScale(rowsHeight: number, viewportHeight: number, headerHeight = 0): number {
  const fullRange = headerHeight + rowsHeight - viewportHeight
  const laidOutRange = headerHeight + Math.min(rowsHeight, MAX_LIST_HEIGHT) - viewportHeight
  return laidOutRange > 0 && fullRange > laidOutRange ? fullRange / laidOutRange : 1
}

type ListVirtualizer = Virtualizer<HTMLDivElement, Element>

function scaleOf(instance: ListVirtualizer, headerHeight: number): number {
  const rowsHeight = instance.options.count * instance.options.estimateSize(0)
  return scrollScale(rowsHeight, instance.scrollRect?.height ?? 0, headerHeight)
}

/**
 * A virtualised list whose rows all have one height: only the visible rows (plus `overscan`)
 * are rendered. Attach `scrollRef` to the scrolling element, give the rows' container
 * `listHeight`, and place each row at `rowTop(item.start)`.
 *
 * The virtualiser itself works in the full list's pixels; only the scrolling element's offset is
 * scaled (read and written here), so a list longer than a browser lays out still scrolls from its
 * first row to its last.
 */
export function useFixedRowVirtualizer(
  count: number,
  rowHeight: number,
  visibleRows: number,
  overscan: number,
  headerHeight = 0,
) {
  const scrollRef = useRef<HTMLDivElement>(null)
  // The scrolling element's own offset when the virtualiser last read it, to place rows against.
  const laidOutOffset = useRef(0)
  // The React Compiler is not used here, so its warning about memoising this hook's functions does not apply.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan,
    // Used until the element is measured (and where nothing is laid out, as in tests).
    initialRect: { width: 800, height: visibleRows * rowHeight },
    observeElementOffset: (instance, report) =>
      observeElementOffset(instance, (offset, isScrolling) => {
        laidOutOffset.current = offset
        report(offset * scaleOf(instance, headerHeight), isScrolling)
      }),
    scrollToFn: (offset, options, instance) =>
      elementScroll(offset / scaleOf(instance, headerHeight), options, instance),
  })
  const fullOffset = virtualizer.scrollOffset ?? 0
  const scrollToOffset = useCallback(
    (offset: number) => {
      const element = scrollRef.current
      if (element) element.scrollTop = offset / scaleOf(virtualizer, headerHeight)
    },
    [virtualizer, headerHeight],
  )
  return {
    scrollRef,
    virtualizer,
    /** The height to give the rows' container: the full list's, up to `MAX_LIST_HEIGHT`. */
    listHeight: Math.min(virtualizer.getTotalSize(), MAX_LIST_HEIGHT),
    /** Where a row that starts `start` pixels down the full list sits in the laid-out one. */
    rowTop: (start: number) => start - fullOffset + laidOutOffset.current,
    /** Scrolls so the full list's `offset` is at the top of the view. */
    scrollToOffset,
  }
}
