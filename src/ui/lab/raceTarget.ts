import type { ScriptedRace } from '../../kernel/learn/types'

let replays = 0

/** A fresh target id for one replay, so replays never trip over each other or over stored streams. */
export function raceTarget(race: ScriptedRace, now: number = Date.now()): string {
  replays += 1
  return `${race.id}-${now.toString(36)}${replays}`
}
