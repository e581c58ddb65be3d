/**
 * Bytes of a dump file to text: UTF-8 by default, UTF-16 when a byte-order mark says so (what
 * Windows Notepad writes as "Unicode"). Undecodable bytes become U+FFFD, which the parser reports.
 */

/** Decodes a dump file's bytes; a byte-order mark is consumed. */
export function decodeDump(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}
