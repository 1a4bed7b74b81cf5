import { useRememberedValue } from '../../uikit/useRememberedValue'

const KEY = 'playground.startHere'

/** Whether the Start here region shows: until Hide is pressed, and again from the header. */
export function useStartHereShown(): [boolean, (shown: boolean) => void] {
  const [value, set] = useRememberedValue(KEY, ['shown', 'hidden'], 'shown')
  return [value === 'shown', (shown) => set(shown ? 'shown' : 'hidden')]
}
