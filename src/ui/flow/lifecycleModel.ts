import type { AnyDomainModule, StoredEvent, VersionedState } from '../../kernel/domainModule'
import { replayStoredEvent } from '../../kernel/replayStream'

/** Where a lifecycle state sits in the diagram. */
export interface PlacedState {
  readonly id: string
  readonly label: string
  readonly x: number
  readonly y: number
}

const LAYER_WIDTH = 225
const ROW_HEIGHT = 180

/**
 * Lays the states out left to right by how many transitions they are from the first one; states
 * at the same distance are stacked, centred on the first state's row. A tight layout: the panel is
 * half the page wide (see .lifecycle-canvas .stage-node).
 */
export function placeStates(module: AnyDomainModule): PlacedState[] {
  const { states, transitions } = module.lifecycle as AnyDomainModule['lifecycle']
  const layerOf = new Map<string, number>()
  const first = states[0]
  if (first) layerOf.set(first.id, 0)
  for (let changed = true; changed;) {
    changed = false
    for (const transition of transitions) {
      const from = layerOf.get(transition.from)
      if (from !== undefined && !layerOf.has(transition.to)) {
        layerOf.set(transition.to, from + 1)
        changed = true
      }
    }
  }
  const byLayer = new Map<number, { id: string; label: string }[]>()
  for (const state of states) {
    const layer = layerOf.get(state.id) ?? byLayer.size
    byLayer.set(layer, [...(byLayer.get(layer) ?? []), state])
  }
  return [...byLayer].flatMap(([layer, members]) =>
    members.map((state, index) => ({
      ...state,
      x: layer * LAYER_WIDTH,
      y: ROW_HEIGHT / 2 + (index - (members.length - 1) / 2) * ROW_HEIGHT,
    })),
  )
}

/** One transition's key: its event and the states it joins (one event type may move between several). */
export const transitionKey = (transition: { readonly event: string; readonly from: string; readonly to: string }) =>
  `${transition.event}:${transition.from}->${transition.to}`

/** How many times each transition (by transitionKey) was taken by the given events of one stream. */
export function transitionsTaken(module: AnyDomainModule, events: readonly StoredEvent[]): Map<string, number> {
  const counts = new Map<string, number>()
  let state: VersionedState = module.decider.initialState as VersionedState
  for (const event of events) {
    const from = module.lifecycle.statusOf(state) as string
    const reading = module.readEvent(event)
    state = replayStoredEvent(module, state, event)
    if (reading.kind !== 'known') continue
    const key = transitionKey({
      event: reading.event.type as string,
      from,
      to: module.lifecycle.statusOf(state) as string,
    })
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}
