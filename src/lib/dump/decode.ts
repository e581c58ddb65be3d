/**
 * Bytes of a dump file to text: UTF-8 by default, UTF-16 when a byte-order mark says so (what
 * Windows Notepad writes as "Unicode"), and Windows-1252 when the bytes are not UTF-8 (what older
 * Windows editors save), which the parser reports once.
 */

export interface Decoded {
  text: string;
  /** Set when the bytes were not UTF-8 and were read as Windows-1252: the text offset of the first such byte. */
  windows1252At?: number;
}

/** Decodes a dump file's bytes; a byte-order mark is consumed. */
export function decodeDump(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes) };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Not UTF-8: find where, below.
  }
  const invalid = firstInvalidUtf8(bytes);
  // A file with NUL bytes stays UTF-8 with replacement characters: the binary check reports it.
  if (invalid < 0 || bytes.includes(0)) return { text: new TextDecoder('utf-8').decode(bytes) };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  // Windows-1252 maps each byte to one character, so the byte index is the text offset.
  return { text: new TextDecoder('windows-1252').decode(bytes.subarray(bom)), windows1252At: invalid - bom };
}

/** Index of the first byte that does not start a well-formed UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b < 0x80) continue;
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return i;
    }
    i += length - 1;
  }
  return -1;
}
