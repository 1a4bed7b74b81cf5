import { useEffect, useState } from 'react'

/**
 * `value` once it has stayed the same for `ms`: work that follows it (a what-if at the cursor)
 * runs when a dragged slider rests, not on every frame of the drag.
 */
export function useSettledValue<Value>(value: Value, ms: number): Value {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    if (Object.is(settled, value)) return
    const timer = setTimeout(() => setSettled(value), ms)
    return () => clearTimeout(timer)
  }, [value, settled, ms])
  return settled
}
