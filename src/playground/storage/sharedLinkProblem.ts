import { ImportFileError } from '../../kernel/logfile/importFileError'
import { SharedLinkError } from '../../kernel/logfile/shareLink'

/** Why a shared link shows nothing, in a sentence; the visitor's own store is untouched either way. */
export function describeSharedLinkProblem(error: unknown): string {
  const why =
    error instanceof SharedLinkError || error instanceof ImportFileError
      ? error.message
      : error instanceof Error
        ? error.message
        : String(error)
  return `This link's log cannot be shown: ${why}. Your own store is untouched.`
}
