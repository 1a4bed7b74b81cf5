import { useEffect, useRef, useState, type ReactNode } from 'react'

/**
 * Mounts its children only while they are on screen (or within 200 px of it). Charts and diagrams
 * below the fold then cost nothing while commands run. It is never shorter than `minHeight`, so
 * children no taller than that mount without moving what is below them (a click aimed there
 * lands where it was aimed); off screen it keeps the height they last had, so scrolling back does
 * not move the page either. Where IntersectionObserver is missing, children are always mounted.
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
    <div ref={ref} style={visible ? { minHeight } : { height: Math.max(minHeight, placeholderHeight) }}>
      {visible ? children : null}
    </div>
  )
}
