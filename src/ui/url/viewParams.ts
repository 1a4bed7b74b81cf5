import type { EventFilters, PlaygroundState } from '../../react/playgroundTypes'

/** The hash's route and its parameters: `#/conflict-lab?domain=Account&at=12`. */
export function parseHash(hash: string): { route: string; params: URLSearchParams } {
  const question = hash.indexOf('?')
  const route = question < 0 ? hash : hash.slice(0, question)
  return { route: route || '#/', params: new URLSearchParams(question < 0 ? '' : hash.slice(question + 1)) }
}

/** The parameters of the view, in the order they read: which domain, where, which stream and event, which filters. */
const FILTER_PARAMS: readonly (readonly [keyof EventFilters, string])[] = [
  ['category', 'log-domain'],
  ['streamId', 'log-stream'],
  ['type', 'log-type'],
  ['text', 'log-text'],
]

/** What the URL says of a playground state: everything a reload or a shared address should show again. */
export function paramsOfView(state: PlaygroundState): URLSearchParams {
  const params = new URLSearchParams()
  params.set('domain', state.domain.category)
  params.set('at', state.cursor === null ? 'live' : String(state.cursor))
  if (state.selectedStreamId) params.set('stream', state.selectedStreamId)
  if (state.selectedPosition !== null) params.set('event', String(state.selectedPosition))
  for (const [filter, name] of FILTER_PARAMS) if (state.filters[filter]) params.set(name, state.filters[filter])
  return params
}

/** A position the log holds, from a parameter: a whole number from 0 to `length`. */
function positionParam(value: string | null, length: number): number | null {
  if (value === null || !/^\d+$/.test(value)) return null
  const position = Number(value)
  return position <= length ? position : null
}

/**
 * Shows the view the parameters name. A parameter left out leaves that part as it is (a link to
 * another view names only the domain); one the log cannot show (a position past its end, a stream
 * it lacks) is left out too, and the URL is then rewritten to say what is shown.
 */
export function applyViewParams(params: URLSearchParams, state: PlaygroundState): void {
  const domain = params.get('domain')
  if (domain) state.setDomain(domain)
  const at = params.get('at')
  const length = state.eventCount
  if (at === 'live') state.goLive()
  else {
    const position = positionParam(at, length)
    if (position !== null) state.seek(position)
  }
  const stream = params.get('stream')
  if (stream !== null && state.log.streamEvents(stream).length > 0) state.selectOrder(stream)
  const event = positionParam(params.get('event'), length)
  if (event !== null && event > 0) state.selectEvent(event)
  const filters: Partial<Record<keyof EventFilters, string>> = {}
  let anyFilter = false
  for (const [filter, name] of FILTER_PARAMS) {
    const value = params.get(name)
    if (value !== null) {
      filters[filter] = value
      anyFilter = true
    }
  }
  if (anyFilter) state.setFilters(filters)
}
