/**
 * How long the page works in one task, at most, on a long job it spreads over many (an import's
 * check of a file, its writes), before it gives the browser a turn: half a frame.
 */
export const TASK_SLICE_MS = 8

/**
 * Resolves in a task of its own, after the browser has had its turn (input, a frame): a message to
 * itself, because a chain of zero-delay timers is slowed to 4 ms a step after the fifth.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}
