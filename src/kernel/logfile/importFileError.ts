/** A file that is not a log the playground can import; the message names the line or event and the field. */
export class ImportFileError extends Error {
  override name = 'ImportFileError'
}

/** The store's own check of a whole log (versions in order, ids unique), said as the file's event or row number. */
export function fileErrorFromStore(error: Error, unit: 'event' | 'row' = 'event'): ImportFileError {
  return new ImportFileError(
    error.message.replace(
      /^events\[(\d+)\]\.?([^:]*): /,
      (_, index: string, field: string) => `${unit} ${Number(index) + 1}: ${field ? `${field} ` : ''}`,
    ),
  )
}
