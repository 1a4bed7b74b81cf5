import { z } from '../zod'
import { LearnerCodeError } from './learnerCodeProblem'

const PASCAL_CASE = /^[A-Z][A-Za-z0-9]*$/
const fieldKind = z.enum(['id', 'integer', 'money', 'enum', 'text'])
const eventFieldKind = z.string().regex(/^(text|integer|money|boolean|json)\??$/, {
  message: 'must be text, integer, money, boolean or json (with ? when optional)',
})

const commandSchema = z.object({
  type: z.string().regex(PASCAL_CASE, { message: 'must be a PascalCase name such as ShipOrder' }),
  label: z.string().min(1),
  fields: z.array(
    z.object({
      name: z.string().min(1),
      label: z.string().min(1),
      kind: fieldKind,
      min: z.number().optional(),
      max: z.number().optional(),
      maxLength: z.number().int().positive().optional(),
      options: z.array(z.string()).optional(),
      defaultValue: z.string().optional(),
      description: z.string().optional(),
    }),
  ),
  ownForm: z.boolean().optional(),
})

/** The data part of a learner's module, as its sandbox describes it: checked before anything runs. */
export const learnerDescriptionSchema = z.object({
  category: z.string().regex(PASCAL_CASE, { message: 'must be a PascalCase name such as Shop' }),
  title: z.string().min(1).max(40),
  entityName: z.string().min(1).max(40),
  idField: z.string().min(1),
  schemaVersion: z.number().int().positive(),
  events: z
    .record(
      z.string().regex(PASCAL_CASE, { message: 'event types are PascalCase, in the past tense' }),
      z.record(z.string(), eventFieldKind),
    )
    .refine((events) => Object.keys(events).length > 0, { message: 'declare at least one event' }),
  commands: z.array(commandSchema).min(1, { message: 'declare at least one command' }),
  initialState: z.unknown(),
  hasDecide: z.literal(true, { message: 'decide must be a function' }),
  hasEvolve: z.literal(true, { message: 'evolve must be a function' }),
  lifecycle: z
    .object({
      field: z.string().min(1),
      states: z.array(z.object({ id: z.string().min(1), label: z.string().min(1) })).min(1),
      transitions: z.array(z.object({ event: z.string(), from: z.string(), to: z.string() })),
    })
    .optional(),
  projections: z.array(
    z.object({
      name: z.string().regex(/^[A-Za-z][A-Za-z0-9-]*$/, { message: 'must be letters, digits and dashes' }),
      title: z.string().min(1),
      eventTypes: z.array(z.string()),
      columns: z.array(z.object({ label: z.string().min(1), field: z.string().min(1) })).min(1),
      hasKey: z.boolean(),
      hasHandle: z.literal(true, { message: 'handle must be a function' }),
    }),
  ),
  upcasters: z.record(z.string(), z.array(z.number().int().positive())),
  sample: z.array(z.object({ type: z.string() }).passthrough()),
})

export type LearnerDescription = z.infer<typeof learnerDescriptionSchema>

/** The description, or a LearnerCodeError naming the first thing wrong with it. */
export function checkDescription(described: unknown): LearnerDescription {
  const parsed = learnerDescriptionSchema.safeParse(described)
  if (parsed.success) {
    const { commands, idField, events } = parsed.data
    const withoutId = commands.find((command) => !command.fields.some((field) => field.name === idField))
    if (withoutId)
      throw new LearnerCodeError(
        `The command ${withoutId.type} has no ${idField} field, which names the stream.`,
        null,
        'shape',
      )
    const undeclared = Object.keys(parsed.data.upcasters).find((type) => !(type in events))
    if (undeclared)
      throw new LearnerCodeError(`upcasters.${undeclared}: there is no event ${undeclared} in events.`, null, 'shape')
    return parsed.data
  }
  const issue = parsed.error.issues[0]
  const path = issue?.path.join('.') ?? ''
  throw new LearnerCodeError(`The module's ${path || 'export'}: ${issue?.message ?? 'is not a domain'}.`, null, 'shape')
}
