import { useId } from 'react'

/** A read-only value with a visible label, exposed to assistive tech (and tests) by that label. */
export function LabelledValue({ label, value }: { label: string; value: string }) {
  const id = useId()
  return (
    <div className="labelled-value">
      <span id={id} className="value-label">
        {label}
      </span>
      <output aria-labelledby={id}>{value}</output>
    </div>
  )
}
