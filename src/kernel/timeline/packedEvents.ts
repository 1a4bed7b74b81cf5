import type { JsonValue, RecordedCommand, RecordedEvent, RecordedMetadata } from '../eventstore'
import { packIsoTime, packUuid, unpackIsoTime, unpackUuid } from './packedText'

/** The fewest events the columns make room for. */
const MINIMUM_CAPACITY = 1_024
/** How many positions' metadata is kept once built (a power of two). */
const METADATA_SLOTS = 64

/**
 * The page's log, packed: a million events must fit in a tab. An event read from the store is an
 * object with a data object, a metadata object and three strings of its own (its id, its time,
 * its correlation id), about 250 bytes. Packed, the event keeps as properties what folds and
 * panels read all the time (stream, version, position, type, data), and its id, time and
 * metadata live in typed arrays indexed by position, turned back into the same values when read:
 * a UUID id in 16 bytes, a time in 8, the correlation and causation ids as the position of the
 * event whose id they are (commands correlate their events with the first of them and processes
 * cause theirs from the event they heard), the session as an index into the texts seen. Anything
 * of another form is kept as it came, on the side. `toJSON` writes the event as the store holds it.
 */
export class PackedEvents {
  private capacity = 0
  private ids = new Uint8Array(0)
  private times = new Float64Array(0)
  /** > 0: the position of the event whose id it is; < 0: -(1 + index in `texts`). */
  private correlations = new Int32Array(0)
  /** 0: none; > 0: the position of the event whose id it is; < 0: -(1 + index in `texts`). */
  private causations = new Int32Array(0)
  /** 1 + index in `texts`. */
  private sessions = new Uint16Array(0)
  /** 0: the metadata is in `otherMetadata`. */
  private schemas = new Uint8Array(0)
  private readonly texts: string[] = []
  private readonly textIndexes = new Map<string, number>()
  private readonly otherIds = new Map<number, string>()
  private readonly otherTimes = new Map<number, string>()
  private readonly otherMetadata = new Map<number, RecordedMetadata>()
  private readonly commands = new Map<number, RecordedCommand>()
  /**
   * The metadata last built for a few positions (a slot by the position's low bits): a command's
   * batch, the causal chain and the what-if read each event's metadata several times in a row, and
   * building it unpacks its correlation and causation ids.
   */
  private readonly metadataPositions = new Int32Array(METADATA_SLOTS).fill(-1)
  private readonly metadataBuilt: RecordedMetadata[] = []
  /** The last event packed, as it came: the next one's correlation and causation are usually found here. */
  private last: {
    readonly position: number
    readonly eventId: string | null
    readonly correlationId: string | null
    readonly correlation: number
    readonly causationId: string | null
    readonly causation: number
  } = { position: 0, eventId: null, correlationId: null, correlation: 0, causationId: null, causation: 0 }
  private readonly Packed: new (
    streamId: string,
    version: number,
    position: number,
    type: string,
    data: JsonValue,
  ) => RecordedEvent

  constructor() {
    const eventIdAt = (position: number) => this.eventIdAt(position)
    const metadataAt = (position: number) => this.metadataAt(position)
    const recordedAtAt = (position: number) => this.recordedAtAt(position)
    const schemaVersionAt = (position: number) => this.schemaVersionAt(position)
    this.Packed = class PackedEvent implements RecordedEvent {
      constructor(
        readonly streamId: string,
        readonly version: number,
        readonly position: number,
        readonly type: string,
        readonly data: JsonValue,
      ) {}
      get eventId(): string {
        return eventIdAt(this.position)
      }
      get metadata(): RecordedMetadata {
        return metadataAt(this.position)
      }
      get recordedAt(): string {
        return recordedAtAt(this.position)
      }
      /** `metadata.schemaVersion` without building the metadata: folds read it for every event. */
      get schemaVersion(): number {
        return schemaVersionAt(this.position)
      }
      toJSON(): RecordedEvent {
        const { eventId, streamId, version, position, type, data, metadata, recordedAt } = this
        return { eventId, streamId, version, position, type, data, metadata, recordedAt }
      }
    }
  }

  /**
   * The packed copy of `event`, whose stream id and type are given as the caller shares them.
   * Events are packed once each, in position order.
   */
  pack(event: RecordedEvent, streamId: string, type: string): RecordedEvent {
    const { position } = event
    this.reserve(position)
    // Metadata kept for this position (or another in its slot) is no longer this event's.
    this.metadataPositions[position % METADATA_SLOTS] = -1
    if (!packUuid(event.eventId, this.ids, position * 16)) this.otherIds.set(position, event.eventId)
    const time = packIsoTime(event.recordedAt)
    if (time === null) this.otherTimes.set(position, event.recordedAt)
    else this.times[position] = time
    this.packMetadata(event)
    return new this.Packed(streamId, event.version, position, type, event.data)
  }

  private packMetadata({ position, eventId, metadata }: RecordedEvent): void {
    const { correlationId, causationId, sessionId, schemaVersion, command, ...rest } = metadata
    const session = this.textIndex(sessionId) + 1
    const regular =
      Object.keys(rest).length === 0 &&
      Number.isInteger(schemaVersion) &&
      schemaVersion >= 1 &&
      schemaVersion <= 255 &&
      session <= 0xffff
    if (!regular) {
      this.otherMetadata.set(position, metadata)
      this.schemas[position] = 0
      return
    }
    const last = this.last
    const correlation =
      correlationId === eventId
        ? position
        : correlationId === last.correlationId
          ? last.correlation
          : correlationId === last.eventId
            ? last.position
            : -1 - this.textIndex(correlationId)
    const causation =
      causationId === null
        ? 0
        : causationId === last.eventId
          ? last.position
          : causationId === last.causationId
            ? last.causation
            : -1 - this.textIndex(causationId)
    this.correlations[position] = correlation
    this.causations[position] = causation
    this.sessions[position] = session
    this.schemas[position] = schemaVersion
    if (command !== undefined) this.commands.set(position, command)
    this.last = { position, eventId, correlationId, correlation, causationId, causation }
  }

  private textIndex(text: string): number {
    let index = this.textIndexes.get(text)
    if (index === undefined) {
      index = this.texts.length
      this.texts.push(text)
      this.textIndexes.set(text, index)
    }
    return index
  }

  /**
   * Makes room for events up to `position`: exactly that much for a whole log read at once (no
   * slack), and a quarter more than before when events come one append at a time.
   */
  reserve(position: number): void {
    if (position >= this.capacity)
      this.resize(Math.max(position + 1, Math.ceil(this.capacity * 1.25), MINIMUM_CAPACITY))
  }

  private resize(capacity: number): void {
    const grown = <Column extends Uint8Array | Uint16Array | Int32Array | Float64Array>(
      column: Column,
      make: (length: number) => Column,
      width = 1,
    ) => {
      const next = make(capacity * width)
      next.set(column)
      return next
    }
    this.ids = grown(this.ids, (length) => new Uint8Array(length), 16)
    this.times = grown(this.times, (length) => new Float64Array(length))
    this.correlations = grown(this.correlations, (length) => new Int32Array(length))
    this.causations = grown(this.causations, (length) => new Int32Array(length))
    this.sessions = grown(this.sessions, (length) => new Uint16Array(length))
    this.schemas = grown(this.schemas, (length) => new Uint8Array(length))
    this.capacity = capacity
  }

  private eventIdAt(position: number): string {
    return this.otherIds.get(position) ?? unpackUuid(this.ids, position * 16)
  }

  private recordedAtAt(position: number): string {
    return this.otherTimes.get(position) ?? unpackIsoTime(this.times[position] as number)
  }

  /** An id stored as a position (of the event it names) or an index into the texts. */
  private idAt(code: number): string {
    return code > 0 ? this.eventIdAt(code) : (this.texts[-1 - code] as string)
  }

  private schemaVersionAt(position: number): number {
    const schemaVersion = this.schemas[position] as number
    return schemaVersion === 0 ? (this.otherMetadata.get(position) as RecordedMetadata).schemaVersion : schemaVersion
  }

  private metadataAt(position: number): RecordedMetadata {
    const schemaVersion = this.schemas[position] as number
    if (schemaVersion === 0) return this.otherMetadata.get(position) as RecordedMetadata
    const slot = position % METADATA_SLOTS
    if (this.metadataPositions[slot] === position) return this.metadataBuilt[slot] as RecordedMetadata
    const causation = this.causations[position] as number
    const command = this.commands.get(position)
    const metadata: RecordedMetadata = {
      correlationId: this.idAt(this.correlations[position] as number),
      causationId: causation === 0 ? null : this.idAt(causation),
      sessionId: this.texts[(this.sessions[position] as number) - 1] as string,
      schemaVersion,
      ...(command === undefined ? {} : { command }),
    }
    this.metadataPositions[slot] = position
    this.metadataBuilt[slot] = Object.freeze(metadata)
    return metadata
  }
}
