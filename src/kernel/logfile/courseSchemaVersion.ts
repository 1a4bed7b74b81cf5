/**
 * The schema version of events read from the learning material's table (float dollars,
 * snake_case fields, a status copied into events): 0, from before the playground. A domain's
 * upcasters take its events from here to today's shape. Its own file, so that naming it does
 * not pull the table's parser (and zod) into the first bundle.
 */
export const COURSE_SCHEMA_VERSION = 0
