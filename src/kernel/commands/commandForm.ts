import type { AnyDomainModule, CommandDescription, CommandField } from '../domainModule'
import { groupThousands, parseDollarsToCents } from '../money'

/** What a generated form holds, by field name, exactly as typed. */
export type CommandFormValues = Readonly<Record<string, string>>

export type ParsedCommand =
  { readonly ok: true; readonly command: { readonly type: string } } | { readonly ok: false; readonly message: string }

/** Commands that share one form: the first command's fields, the others' fields a subset of them. */
export interface CommandFormGroup {
  readonly commands: readonly CommandDescription[]
  /** The fields of the group's form, without the target field every command shares. */
  readonly fields: readonly CommandField[]
}

/** The generated forms of a module: the target field above them all, then one form per group. */
export interface CommandFormLayout {
  readonly target: CommandField
  readonly groups: readonly CommandFormGroup[]
}

/**
 * Lays out a module's command catalogue: the field that names the stream (every command's first
 * field) once at the top, then a form per command, where a command whose fields all appear in an
 * earlier form (Remove item beside Add item) shares that form as a second button.
 */
export function commandFormLayout(module: AnyDomainModule): CommandFormLayout {
  const commands: readonly CommandDescription[] = module.commands
  const target = commands[0]?.fields[0]
  if (!target) throw new Error(`${module.category} has no commands to make forms of.`)
  const groups: { commands: CommandDescription[]; fields: CommandField[] }[] = []
  for (const command of commands) {
    if (command.fields[0]?.name !== target.name)
      throw new Error(`${module.category}'s ${command.type} must name its stream by ${target.name} first.`)
    const fields = command.fields.slice(1)
    const shared = groups.find((group) =>
      fields.every((field) => group.fields.some((known) => known.name === field.name)),
    )
    if (shared && fields.length > 0 && !command.ownForm) shared.commands.push(command)
    else groups.push({ commands: [command], fields })
  }
  return { target, groups }
}

/**
 * Where a form field's value is kept: the target field by its name (every form shares it), any
 * other by its form and name, so Deposit's Amount and Withdraw's Amount are two boxes, each with
 * its own default, while Add item and Remove item share their Item ID.
 */
export function formValueKey(group: CommandFormGroup, field: CommandField): string {
  return `${group.commands[0]?.type ?? ''}.${field.name}`
}

/** What one form's commands read: its own fields and the shared target, by field name. */
export function groupValues(
  layout: CommandFormLayout,
  group: CommandFormGroup,
  values: CommandFormValues,
): CommandFormValues {
  const own: Record<string, string> = { [layout.target.name]: values[layout.target.name] ?? '' }
  for (const field of group.fields) own[field.name] = values[formValueKey(group, field)] ?? ''
  return own
}

/** What a field holds before anything is typed: its default, else its first option, else nothing. */
export const startingValue = (field: CommandField) => field.defaultValue ?? field.options?.[0] ?? ''

/** Every field's starting value, by where it is kept (see formValueKey). */
export function defaultFormValues(module: AnyDomainModule): CommandFormValues {
  const layout = commandFormLayout(module)
  const values: Record<string, string> = { [layout.target.name]: startingValue(layout.target) }
  for (const group of layout.groups)
    for (const field of group.fields) values[formValueKey(group, field)] = startingValue(field)
  return values
}

const WHOLE_NUMBER = /^-?\d+$/

/**
 * Turns typed text into a command, field by field as the catalogue describes it. Only turns text
 * into numbers here; every business rule (ranges, states) is the domain's to check, so its
 * messages are the ones people see.
 */
export function commandFromForm(description: CommandDescription, values: CommandFormValues): ParsedCommand {
  const command: Record<string, unknown> = { type: description.type }
  for (const field of description.fields) {
    const typed = values[field.name] ?? ''
    switch (field.kind) {
      case 'id':
        command[field.name] = typed.trim()
        break
      case 'integer': {
        const text = typed.trim()
        if (!WHOLE_NUMBER.test(text)) {
          const range =
            field.min !== undefined && field.max !== undefined
              ? ` from ${groupThousands(field.min)} to ${groupThousands(field.max)}`
              : ''
          return { ok: false, message: `${field.label} must be a whole number${range} (got "${text}").` }
        }
        command[field.name] = Number(text)
        break
      }
      case 'money': {
        const cents = parseDollarsToCents(typed)
        if (cents === undefined) {
          return {
            ok: false,
            message: `${field.label} must be an amount in dollars such as 1.50: not negative, at most two decimals (got "${typed.trim()}").`,
          }
        }
        command[field.name] = cents
        break
      }
      case 'enum':
      case 'text':
        command[field.name] = typed
        break
      default:
        field.kind satisfies never
    }
  }
  return { ok: true, command: command as { readonly type: string } }
}
