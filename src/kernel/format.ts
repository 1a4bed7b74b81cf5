/** "2026-11-22T10:00:05.123Z" -> "2026-11-22 10:00:05" (UTC). */
export function formatRecordedAt(iso: string): string {
  return iso
    .replace('T', ' ')
    .replace(/\.\d+Z$/, '')
    .replace(/Z$/, '')
}
