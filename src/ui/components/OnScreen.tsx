import { useEffect, useRef, useState, type ReactNode } from 'react'

/**
 * Mounts its children only while they are on screen (or within 200 px of it), keeping their
 * height otherwise. Charts and diagrams below the fold then cost nothing while commands run.
 * Where IntersectionObserver is missing, children are always mounted.
 */
export function OnScreen({ minHeight, children }: { minHeight: number; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null)
  const [visible, setVisible] = useState(() => typeof IntersectionObserver === 'undefined')
  useEffect(() => {
    const element = ref.current
    if (!element || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver((entries) => setVisible(entries.some((entry) => entry.isIntersecting)), {
      rootMargin: '200px',
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return (
    <div ref={ref} style={{ minHeight }}>
      {visible ? children : null}
    </div>
  )
}
