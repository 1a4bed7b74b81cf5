import { ConcurrencyError } from '../eventstore'

/** How many attempts automatic retry makes in all: the first try and up to two retries. */
export const MAX_ATTEMPTS = 3

export interface RetryOutcome<T> {
  readonly result: T
  /** How many attempts it took, 1 when the first one succeeded. */
  readonly attempts: number
}

/**
 * Runs `attempt` again while it fails with a ConcurrencyError, up to `maxAttempts` times in
 * all. Each attempt must reload what it decides against. Any other error ends it at once;
 * after the last conflict that ConcurrencyError is thrown.
 */
export async function retryOnConflict<T>(
  attempt: (attemptNumber: number) => Promise<T>,
  maxAttempts: number = MAX_ATTEMPTS,
): Promise<RetryOutcome<T>> {
  for (let attemptNumber = 1; ; attemptNumber += 1) {
    try {
      return { result: await attempt(attemptNumber), attempts: attemptNumber }
    } catch (error) {
      if (!(error instanceof ConcurrencyError) || attemptNumber >= maxAttempts) throw error
    }
  }
}
