/** The most compressed bytes a shared link carries: past this, a file is the way to share a log. */
export const MAX_SHARED_LOG_BYTES = 100 * 1024

/** A size in kilobytes, as the share messages say it: "72.3 KB". */
export const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

/** Why a shared link cannot be read: it was cut short, or it is not a log this playground wrote. */
export class SharedLinkError extends Error {
  override name = 'SharedLinkError'
}

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const output = new Blob([bytes as BlobPart]).stream().pipeThrough(stream)
  return new Uint8Array(await new Response(output).arrayBuffer())
}

/** Bytes as base64url: letters, digits, `-` and `_`, safe in a URL's fragment as they are. */
function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  const chunk = 0x8000
  for (let at = 0; at < bytes.length; at += chunk) binary += String.fromCharCode(...bytes.subarray(at, at + chunk))
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new SharedLinkError('it holds characters a shared log never has')
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
  return Uint8Array.from(binary, (character) => character.charCodeAt(0))
}

/** A log file's text, compressed (deflate) and written as base64url: what a shared link carries. */
export async function compressLog(text: string): Promise<{ readonly encoded: string; readonly bytes: number }> {
  const compressed = await through(new TextEncoder().encode(text), new CompressionStream('deflate-raw'))
  return { encoded: toBase64Url(compressed), bytes: compressed.length }
}

/** The log file's text a shared link carries. @throws SharedLinkError when it cannot be read. */
export async function decompressLog(encoded: string): Promise<string> {
  if (encoded.length === 0) throw new SharedLinkError('it carries no log')
  try {
    const bytes = fromBase64Url(encoded)
    return new TextDecoder('utf-8', { fatal: true }).decode(
      await through(bytes, new DecompressionStream('deflate-raw')),
    )
  } catch (error) {
    if (error instanceof SharedLinkError) throw error
    throw new SharedLinkError('it was cut short or changed on the way (the compressed log does not unpack)')
  }
}
