import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/** A new token: 32 random bytes, base64url (43 characters). */
export const newToken = (): string => randomBytes(32).toString('base64url')

/** What the rooms table keeps instead of a token. */
export const hashToken = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest()

/**
 * Whether `token` is the one `hash` was made from. Both sides are 32-byte hashes, so the
 * comparison takes the same time whatever the token, and however long.
 */
export function tokenMatches(token: string, hash: Uint8Array): boolean {
  const given = hashToken(token)
  return hash.length === given.length && timingSafeEqual(given, hash)
}
