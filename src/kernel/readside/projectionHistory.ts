import { projectInto, type Projection, type ProjectionEvent } from './projection'

/** Positions between two checkpoints of a read model's table. */
export const PROJECTION_CHECKPOINT_INTERVAL = 256

/**
 * A read model as of any position, folded from the log for time travel. Checkpoints (a copy of
 * the table every `interval` positions) are made lazily, the first time a position past them is
 * asked for, so a read model nobody looks at costs nothing. The log must only grow.
 */
export class ProjectionHistory<Row> {
  private readonly checkpoints: ReadonlyMap<string, Row>[] = [new Map()]

  constructor(
    private readonly projection: Projection<Row>,
    private readonly interval: number = PROJECTION_CHECKPOINT_INTERVAL,
  ) {}

  /** The table after the first `position` events of `log`. */
  rowsAt(log: readonly ProjectionEvent[], position: number): ReadonlyMap<string, Row> {
    const target = Math.max(0, Math.min(Math.floor(position), log.length))
    const index = Math.floor(target / this.interval)
    while (this.checkpoints.length <= index) {
      const from = (this.checkpoints.length - 1) * this.interval
      const previous = this.checkpoints[this.checkpoints.length - 1] ?? new Map<string, Row>()
      this.checkpoints.push(projectInto(this.projection, new Map(previous), log.slice(from, from + this.interval)))
    }
    const checkpoint = this.checkpoints[index] ?? new Map<string, Row>()
    const start = index * this.interval
    if (start === target) return checkpoint
    return projectInto(this.projection, new Map(checkpoint), log.slice(start, target))
  }
}
