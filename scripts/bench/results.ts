import type { CaseResult } from './stats'

/**
 * The cases of one bench run. A case measured at a size is kept as `<case>@<events>`; the size
 * the earlier issues named (100,000 events, or the only size a quick run has) is kept under the
 * plain name too, so figures stay comparable across runs of older and newer benches.
 */
export class BenchResults {
  readonly cases: Record<string, CaseResult> = {}
  readonly secondary: Record<string, CaseResult> = {}

  constructor(private readonly plainSize: number) {}

  /** A case of an issue's table. */
  primary(name: string, events: number | null, result: CaseResult): void {
    this.keep(this.cases, name, events, result)
  }

  /** A second figure of a case, printed and kept under `secondary`. */
  second(name: string, events: number | null, result: CaseResult): void {
    this.keep(this.secondary, name, events, result)
  }

  /** The cases of one name at every size measured, smallest first. */
  bySize(name: string): Array<{ events: number; result: CaseResult }> {
    const sized: Array<{ events: number; result: CaseResult }> = []
    for (const [key, result] of [...Object.entries(this.cases), ...Object.entries(this.secondary)]) {
      const [caseName, size] = key.split('@')
      if (caseName === name && size !== undefined) sized.push({ events: Number(size), result })
    }
    return sized.sort((a, b) => a.events - b.events)
  }

  private keep(into: Record<string, CaseResult>, name: string, events: number | null, result: CaseResult): void {
    if (events === null) {
      into[name] = result
      return
    }
    into[`${name}@${events}`] = result
    if (events === this.plainSize) into[name] = result
  }
}
