import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'

/**
 * A virtualised list whose rows all have one height: only the visible rows (plus `overscan`)
 * are rendered. Attach `scrollRef` to the scrolling element.
 */
export function useFixedRowVirtualizer(count: number, rowHeight: number, visibleRows: number, overscan: number) {
  const scrollRef = useRef<HTMLDivElement>(null)
  // The React Compiler is not used here, so its warning about memoising this hook's functions does not apply.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan,
    // Used until the element is measured (and where nothing is laid out, as in tests).
    initialRect: { width: 800, height: visibleRows * rowHeight },
  })
  return { scrollRef, virtualizer }
}
