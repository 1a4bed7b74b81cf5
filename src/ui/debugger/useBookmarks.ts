import { useCallback, useMemo } from 'react'
import { z } from '../../kernel/zod'
import type { LogView } from '../../kernel/timeline/logView'
import { usePlayground } from '../../react/PlaygroundProvider'
import { useRememberedText } from '../../uikit/useRememberedValue'

const KEY = 'playground.bookmarks'

/** A named position. The event id tells a bookmark of this log from one of a log since reset or replaced. */
export interface Bookmark {
  readonly position: number
  /** The event at the position (null at position 0, before any event). */
  readonly eventId: string | null
  readonly name: string
}

const BookmarkList = z.array(
  z.object({ position: z.number().int().min(0), eventId: z.string().nullable(), name: z.string() }),
)

function parse(text: string | null): Bookmark[] {
  if (!text) return []
  try {
    const parsed = BookmarkList.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : []
  } catch {
    return []
  }
}

/** Whether the log holds the position a bookmark names, with the same event there. */
function holds(log: LogView, bookmark: Bookmark): boolean {
  if (bookmark.position === 0) return bookmark.eventId === null
  return log.eventAt(bookmark.position)?.eventId === bookmark.eventId
}

/** The name a bookmark gets when none is typed: where it is, and what happened there. */
export function defaultBookmarkName(log: LogView, position: number): string {
  const event = log.eventAt(position)
  return event ? `Position ${position}: ${event.type} on ${event.streamId}` : 'Position 0: before the first event'
}

/**
 * This browser's bookmarks of the log, kept across reloads (localStorage): those whose event is at
 * its position in the log shown, in position order; `add` names the cursor's position, or says why not.
 */
export function useBookmarks(): {
  readonly bookmarks: readonly Bookmark[]
  add(position: number, name: string): string
  remove(position: number): void
} {
  const log = usePlayground((state) => state.log)
  const [text, write] = useRememberedText(KEY)
  const all = useMemo(() => parse(text), [text])
  const bookmarks = useMemo(
    () => all.filter((bookmark) => holds(log, bookmark)).sort((a, b) => a.position - b.position),
    [all, log],
  )
  const add = useCallback(
    (position: number, typed: string) => {
      const name = typed.trim() || defaultBookmarkName(log, position)
      const eventId = position === 0 ? null : (log.eventAt(position)?.eventId ?? null)
      const others = all.filter((bookmark) => bookmark.position !== position || !holds(log, bookmark))
      write(JSON.stringify([...others, { position, eventId, name }]))
      return `Bookmarked position ${position} as “${name}”.`
    },
    [all, log, write],
  )
  const remove = useCallback(
    (position: number) => write(JSON.stringify(all.filter((bookmark) => bookmark.position !== position))),
    [all, write],
  )
  return { bookmarks, add, remove }
}
