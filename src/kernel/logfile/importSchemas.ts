import { z } from '../zod'
import { eventDataProblem } from '../eventstore'

/**
 * Event data: plain JSON within the store's limits (depth, string length, size). Checked by the
 * store's own walk, which stops at the depth limit, so a hostile file cannot overflow the stack.
 */
export function withinEventDataLimits(value: unknown, context: z.RefinementCtx): void {
  const problem = eventDataProblem(value, 'data')
  if (problem !== null) context.addIssue({ code: 'custom', message: problem })
}

export const eventData = z.unknown().superRefine(withinEventDataLimits)

/** "event 17: version must be a positive integer", from the first problem zod found. */
export function describeIssue(where: string, error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return `${where}: is not valid`
  const path = issue.path.map(String).join('.')
  // A problem that names its own place ("data.note: is too long") is not prefixed with it again.
  const text = path && !issue.message.startsWith(path) ? `${path} ${issue.message}` : issue.message
  return `${where}: ${text}`
}
