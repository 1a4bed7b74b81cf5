import type { FieldChange, StateField } from './domainModule'

/**
 * A domain's `diff` from its `stateFields`: every field whose words differ, before → after. For a
 * domain whose displayed fields are the whole story (the Order diffs its lines as well).
 */
export function diffByFields<State>(
  fieldsOf: (state: State) => readonly StateField[],
): (before: State, after: State) => FieldChange[] {
  return (before, after) => {
    const was = new Map(fieldsOf(before).map((field) => [field.label, field.value]))
    return fieldsOf(after)
      .filter((field) => was.get(field.label) !== field.value)
      .map((field) => ({ field: field.label, before: was.get(field.label) ?? '—', after: field.value }))
  }
}

/** The audit trail's phrases from a `diff`: "balance $1.00 → $2.00", leaving out counters it shows itself. */
export function phrasesOf<State>(
  diff: (before: State, after: State) => readonly FieldChange[],
  leaveOut: readonly string[] = ['Version'],
): (before: State, after: State) => string[] {
  return (before, after) =>
    diff(before, after)
      .filter((change) => !leaveOut.includes(change.field))
      .map((change) => `${change.field.toLowerCase()} ${change.before} → ${change.after}`)
}
