import type { PlaygroundState } from '../state'
import {
  checkSharedStore,
  connectionFromForm,
  describeSharedStoreProblem,
  forgetSharedStore,
  saveSharedStore,
} from '../storage/sharedStoreConnection'

/**
 * Choosing where this tab keeps its events: a room of a shared store, or the browser's own. The
 * choice takes effect when the page reloads (the page opens its store once, before anything else).
 */
export function createSharedStoreActions(): Pick<PlaygroundState, 'connectToSharedStore' | 'leaveSharedStore'> {
  return {
    async connectToSharedStore(url, room, token) {
      try {
        const connection = connectionFromForm(url, room, token)
        await checkSharedStore(connection)
        saveSharedStore(connection)
        return null
      } catch (error) {
        return describeSharedStoreProblem(error)
      }
    },
    leaveSharedStore() {
      forgetSharedStore()
    },
  }
}
