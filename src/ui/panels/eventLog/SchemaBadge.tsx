interface SchemaBadgeProps {
  readonly label: string
  readonly detail: string
  readonly severity: 'info' | 'warning'
}

/** A short mark beside an event read other than as today's schema; the detail is its accessible description. */
export function SchemaBadge({ label, detail, severity }: SchemaBadgeProps) {
  return (
    <span className={`schema-badge ${severity}`} title={detail}>
      {label}
      <span className="visually-hidden">: {detail}</span>
    </span>
  )
}
