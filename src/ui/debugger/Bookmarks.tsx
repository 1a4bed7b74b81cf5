import { useEffect, useState } from 'react'
import { groupThousands } from '../../kernel/money'
import { usePlayground } from '../../react/PlaygroundProvider'
import { usePosition } from '../../react/useTimeTravel'
import type { useBookmarks, Bookmark } from './useBookmarks'

/** Inputs that take no letters: on them (the slider above all) `b` is still the shortcut. */
const LETTERLESS_INPUTS = ['range', 'checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'color']

/** Whether a key press was typed into a field (where `b` is a letter, not a shortcut). */
function typedIntoField(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null
  if (!target) return false
  if (target instanceof HTMLInputElement) return !LETTERLESS_INPUTS.includes(target.type)
  return target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName)
}

/** The bookmarks as marks along the slider: where they are, seen at a glance (the list names them). */
export function SliderMarks({ bookmarks, length }: { bookmarks: readonly Bookmark[]; length: number }) {
  if (bookmarks.length === 0 || length === 0) return null
  return (
    <div className="slider-marks" aria-hidden="true">
      {bookmarks.map((bookmark) => (
        <span
          key={bookmark.position}
          className="slider-mark"
          title={bookmark.name}
          style={{ left: `calc(8px + (100% - 16px) * ${bookmark.position / length})` }}
        />
      ))}
    </div>
  )
}

/** `Bookmark this position` (or the `b` key), and the list of bookmarks with Go to and Remove. */
export function Bookmarks({ bookmarks, add, remove }: ReturnType<typeof useBookmarks>) {
  const position = usePosition()
  const seek = usePlayground((state) => state.seek)
  const [name, setName] = useState('')
  const [said, setSaid] = useState('')
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'b' || event.ctrlKey || event.metaKey || event.altKey || typedIntoField(event)) return
      setSaid(add(position, ''))
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [add, position])
  return (
    <div className="bookmarks">
      <div className="bookmark-form">
        <label className="field">
          Bookmark name
          <input
            value={name}
            placeholder={`Position ${groupThousands(position)}`}
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <button
          type="button"
          aria-keyshortcuts="b"
          onClick={() => {
            setSaid(add(position, name))
            setName('')
          }}
        >
          Bookmark this position
        </button>
      </div>
      <p role="status" className="panel-hint bookmark-said">
        {said}
      </p>
      {bookmarks.length > 0 && (
        <ul className="bookmark-list" aria-label="Bookmarks">
          {bookmarks.map((bookmark) => (
            <li key={bookmark.position}>
              <button type="button" className="link-button" onClick={() => seek(bookmark.position)}>
                Go to {bookmark.name}
              </button>
              <span className="bookmark-position">position {groupThousands(bookmark.position)}</span>
              <button
                type="button"
                className="bookmark-remove"
                aria-label={`Remove bookmark ${bookmark.name}`}
                onClick={() => remove(bookmark.position)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
