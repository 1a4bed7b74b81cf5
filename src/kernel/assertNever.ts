/**
 * Exhaustiveness guard for discriminated unions: a `switch` that handles every
 * case leaves `value` typed `never`, so adding a new case without handling it
 * is a compile error here.
 */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unhandled ${what}: ${JSON.stringify(value)}`)
}
