import { useCallback, useSyncExternalStore } from 'react'

/**
 * A small setting kept in localStorage, shared by every component that reads the same key and
 * kept across reloads. Where localStorage is refused (some file:// or private modes) the value
 * lives for this page only.
 */
const memory = new Map<string, string>()
const listeners = new Set<() => void>()

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key) ?? memory.get(key) ?? null
  } catch {
    return memory.get(key) ?? null
  }
}

function write(key: string, value: string): void {
  memory.set(key, value)
  try {
    window.localStorage.setItem(key, value)
  } catch {
    // kept in memory only
  }
  listeners.forEach((listener) => listener())
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange)
  window.addEventListener('storage', onChange)
  return () => {
    listeners.delete(onChange)
    window.removeEventListener('storage', onChange)
  }
}

/** The remembered text of `key` (null when none), and a setter: for a value of its own shape (a JSON list). */
export function useRememberedText(key: string): [string | null, (value: string) => void] {
  const stored = useSyncExternalStore(subscribe, () => read(key))
  const set = useCallback((next: string) => write(key, next), [key])
  return [stored, set]
}

/** The remembered value of `key` (one of `allowed`, else `fallback`), and a setter. */
export function useRememberedValue<Value extends string>(
  key: string,
  allowed: readonly Value[],
  fallback: Value,
): [Value, (value: Value) => void] {
  const stored = useSyncExternalStore(subscribe, () => read(key))
  const value = allowed.find((candidate) => candidate === stored) ?? fallback
  const set = useCallback((next: Value) => write(key, next), [key])
  return [value, set]
}
