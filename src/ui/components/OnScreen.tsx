import { useEffect, useRef, useState, type ReactNode } from 'react'

/**
 * Mounts its children only while they are on screen (or within 200 px of it). Off screen it keeps
 * the height they last had (`minHeight` before they were ever drawn), so the page does not jump,
 * and on screen it takes their own height, so a short table leaves no gap. Charts and diagrams
 * below the fold then cost nothing while commands run. Where IntersectionObserver is missing,
 * children are always mounted.
 */
export function OnScreen({ minHeight, children }: { minHeight: number; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null)
  const [visible, setVisible] = useState(() => typeof IntersectionObserver === 'undefined')
  const [placeholderHeight, setPlaceholderHeight] = useState(minHeight)
  useEffect(() => {
    const element = ref.current
    if (!element || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver(
      (entries) => {
        const onScreen = entries.some((entry) => entry.isIntersecting)
        // Measured before the children unmount: the height to keep while they are away.
        if (!onScreen && element.offsetHeight > 0) setPlaceholderHeight(element.offsetHeight)
        setVisible(onScreen)
      },
      { rootMargin: '200px' },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return (
    <div ref={ref} style={visible ? undefined : { height: placeholderHeight }}>
      {visible ? children : null}
    </div>
  )
}
