import type { FieldChange } from '../../kernel/domainModule'

/** Field by field, before → after; the old value struck through, the new one marked. */
export function ChangeList({ changes, label }: { changes: readonly FieldChange[]; label: string }) {
  return (
    <ul className="change-list" aria-label={label}>
      {changes.map((change) => (
        <li key={change.field}>
          <span className="change-field">{change.field}</span> <del>{change.before}</del> → <ins>{change.after}</ins>
        </li>
      ))}
    </ul>
  )
}
