import {
  ConcurrencyError,
  createRemoteEventStore,
  SharedStoreError,
  type ExpectedVersion,
  type RecordedEvent,
  type RemoteEventStore,
} from '../../src/kernel/eventstore'

export interface LoadOptions {
  readonly url: string
  readonly room: string
  readonly token: string
  readonly clients: number
  readonly appendsPerClient: number
  /** Streams every client also appends to, racing the others: every other append goes to one of them. */
  readonly sharedStreams: number
  /** Called between appends; a fault test restarts the database from here. */
  readonly onProgress?: (appendsDone: number) => Promise<void> | void
  /** The fetch the clients use (a fault test cuts one off). */
  readonly fetch?: typeof fetch
}

export interface LoadReport {
  readonly attempts: number
  readonly successes: number
  readonly conflicts: number
  /** Appends that hit an unreachable store and were sent again with the same event ids. */
  readonly resent: number
  readonly seconds: number
  readonly appendsPerSecond: number
  readonly latencyMs: { readonly p50: number; readonly p95: number }
  /** What each client's subscription heard, to compare with the store. */
  readonly heard: readonly (readonly RecordedEvent[])[]
  readonly stored: readonly RecordedEvent[]
}

const percentile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN

/**
 * Many clients at once against one room: each appends `appendsPerClient` single events, every
 * other one to a stream all clients share (with the version it last read: a conflict is a
 * refusal, counted, not retried) and the rest to a stream of its own. Each client also
 * subscribes, so the report holds what every subscription heard. An append that finds the store
 * unreachable (the database restarting) is sent again with the same event id until it lands:
 * the server recognises a repeat, so it is never stored twice.
 */
export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const stores: RemoteEventStore[] = []
  const heard: RecordedEvent[][] = []
  for (let client = 0; client < options.clients; client += 1) {
    const store = createRemoteEventStore({
      url: options.url,
      room: options.room,
      token: options.token,
      sessionId: `load-${client}`,
      reconnectDelayMs: 50,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    })
    const mine: RecordedEvent[] = []
    store.subscribe((events) => mine.push(...events))
    await store.access()
    stores.push(store)
    heard.push(mine)
  }
  const latencies: number[] = []
  let successes = 0
  let conflicts = 0
  let resent = 0
  let done = 0
  const started = performance.now()
  await Promise.all(
    stores.map(async (store, client) => {
      for (let n = 0; n < options.appendsPerClient; n += 1) {
        const shared = n % 2 === 0
        const streamId = shared ? `Load-shared-${(client + n) % options.sharedStreams}` : `Load-client-${client}`
        const eventId = crypto.randomUUID()
        // Kept once read: a resend must be the very same append (same id, same expected version),
        // or a first attempt that did commit would read as a new append of a stored id.
        let expectedVersion: ExpectedVersion | undefined = shared ? undefined : 'any'
        for (;;) {
          const began = performance.now()
          try {
            expectedVersion ??= await store.streamVersion(streamId)
            await store.append(streamId, [{ eventId, type: 'Appended', data: { client, n } }], { expectedVersion })
            latencies.push(performance.now() - began)
            successes += 1
            break
          } catch (error) {
            if (error instanceof ConcurrencyError) {
              latencies.push(performance.now() - began)
              conflicts += 1
              break
            }
            if (error instanceof SharedStoreError && error.problem === 'unreachable') {
              resent += 1
              await new Promise((resolve) => setTimeout(resolve, 100))
              continue
            }
            throw error
          }
        }
        done += 1
        await options.onProgress?.(done)
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  const stored = await stores[0]!.readAll()
  // Every subscription has heard everything once the last position reached all of them.
  const last = stored.at(-1)?.position ?? 0
  for (let wait = 0; wait < 400 && heard.some((events) => (events.at(-1)?.position ?? 0) < last); wait += 1)
    await new Promise((resolve) => setTimeout(resolve, 25))
  await Promise.all(stores.map((store) => store.close()))
  const sorted = [...latencies].sort((a, b) => a - b)
  return {
    attempts: options.clients * options.appendsPerClient,
    successes,
    conflicts,
    resent,
    seconds,
    appendsPerSecond: successes / seconds,
    latencyMs: { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) },
    heard,
    stored,
  }
}

/** What must hold after a load: the problems found (empty when none). */
export function loadProblems(report: LoadReport): string[] {
  const problems: string[] = []
  const { stored } = report
  if (report.successes + report.conflicts !== report.attempts)
    problems.push(`successes ${report.successes} + conflicts ${report.conflicts} ≠ attempts ${report.attempts}`)
  if (stored.length !== report.successes)
    problems.push(`${stored.length} events stored for ${report.successes} successes`)
  stored.forEach((event, index) => {
    if (event.position !== index + 1) problems.push(`global position ${event.position} at index ${index}`)
  })
  if (new Set(stored.map((event) => event.eventId)).size !== stored.length) problems.push('an event id is stored twice')
  const versions = new Map<string, number>()
  for (const event of stored) {
    const expected = (versions.get(event.streamId) ?? 0) + 1
    if (event.version !== expected)
      problems.push(`${event.streamId} version ${event.version} where ${expected} was due`)
    versions.set(event.streamId, event.version)
  }
  report.heard.forEach((events, client) => {
    const positions = events.map((event) => event.position).join(',')
    const expected = stored.map((event) => event.position).join(',')
    if (positions !== expected)
      problems.push(`client ${client} heard ${events.length} events, not the ${stored.length} stored, in order`)
  })
  return problems
}
