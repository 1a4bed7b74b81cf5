import { useCallback, useLayoutEffect, useRef, useState } from 'react'

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

/** A row to render: its index, and where it starts in the full list (index × row height). */
export interface VisibleRow {
  readonly index: number
  readonly start: number
}

interface View {
  /** The scrolling element's own scrollTop. */
  readonly laidOutOffset: number
  readonly height: number
}

/**
 * A virtualised list whose rows all have one height: only the visible rows (plus `overscan` on
 * each side) are rendered. Give `scrollRef` to the scrolling element as its ref, give the rows' container
 * `listHeight`, and place each of `rows` at `rowTop(row.start)`.
 *
 * Rows of one height need no measuring: which rows show is arithmetic on the scroll offset, so a
 * list costs nothing per row it holds. (A general virtualiser, such as TanStack Virtual, keeps a
 * start and size per row and works them out again whenever the count changes: at a million events
 * that was 20 MB and 10–100 ms for every appended event.) Offsets are in the full list's pixels;
 * only the scrolling element's own offset is scaled, so a list longer than a browser lays out
 * still scrolls from its first row to its last.
 */
export function useFixedRowVirtualizer(
  count: number,
  rowHeight: number,
  visibleRows: number,
  overscan: number,
  headerHeight = 0,
) {
  const [element, setElement] = useState<HTMLDivElement | null>(null)
  const elementRef = useRef<HTMLDivElement | null>(null)
  const scrollRef = useCallback((node: HTMLDivElement | null) => {
    elementRef.current = node
    setElement(node)
  }, [])
  // Until the element is measured (and where nothing is laid out, as in tests): `visibleRows` rows.
  const [view, setView] = useState<View>({ laidOutOffset: 0, height: visibleRows * rowHeight })

  useLayoutEffect(() => {
    if (!element) return
    // Read in scroll and resize events, when the browser has the values at hand: never during a
    // render. (Read inside the state's updater, they were read when React ran it, in the next render,
    // and forced a layout there: 28 ms of the panels' first render after an import of 100,000 events.)
    const read = () => {
      const measured = element.clientHeight
      const laidOutOffset = element.scrollTop
      setView((previous) => {
        const height = measured || previous.height
        return previous.height === height && previous.laidOutOffset === laidOutOffset
          ? previous
          : { laidOutOffset, height }
      })
    }
    element.addEventListener('scroll', read, { passive: true })
    // The observer's first call comes once the element is laid out, before it is painted. Read here,
    // as it mounts, its height forced a layout of the page within the render's task: 36 ms of the
    // panels' first render after an import of 100,000 events.
    const resizes = typeof ResizeObserver === 'function' ? new ResizeObserver(read) : null
    if (resizes) resizes.observe(element)
    else read()
    return () => {
      element.removeEventListener('scroll', read)
      resizes?.disconnect()
    }
  }, [element])

  const rowsHeight = count * rowHeight
  const scale = scrollScale(rowsHeight, view.height, headerHeight)
  const fullOffset = view.laidOutOffset * scale
  // Row i starts `headerHeight + i × rowHeight` down the scrolled content.
  const first = Math.max(0, Math.floor((fullOffset - headerHeight) / rowHeight) - overscan)
  const last = Math.min(count - 1, Math.ceil((fullOffset + view.height - headerHeight) / rowHeight) + overscan)
  const rows: VisibleRow[] = []
  for (let index = first; index <= last; index += 1) rows.push({ index, start: index * rowHeight })

  // The view as last rendered, for callers that act on it without re-running on every scroll.
  const rendered = useRef({ offset: fullOffset, height: view.height, scale })
  useLayoutEffect(() => {
    rendered.current = { offset: fullOffset, height: view.height, scale }
  })
  const currentView = useCallback(() => rendered.current, [])
  const scrollToOffset = useCallback((offset: number) => {
    const node = elementRef.current
    if (node) node.scrollTop = offset / rendered.current.scale
  }, [])

  return {
    scrollRef,
    rows,
    /** Where the view starts (in the full list's pixels) and its height, as last rendered; the same function every render. */
    currentView,
    /** The height to give the rows' container: the full list's, up to `MAX_LIST_HEIGHT`. */
    listHeight: Math.min(rowsHeight, MAX_LIST_HEIGHT),
    /** Where a row that starts `start` pixels down the full list sits in the laid-out one. */
    rowTop: (start: number) => start - fullOffset + view.laidOutOffset,
    /** Scrolls so the full list's `offset` is at the top of the view. */
    scrollToOffset,
  }
}
