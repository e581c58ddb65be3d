/**
 * Bytes of a dump file to text: UTF-8 by default, UTF-16 when a byte-order mark says so (what Windows Notepad
 * writes as "Unicode") or every other byte is zero (the same without the mark), and each byte that is not
 * part of a UTF-8 character as its Windows-1252 character (what older Windows editors save, whole or pasted
 * into a UTF-8 file), which the parser reports once.
 */

export interface Decoded {
  text: string;
  /** Set when some bytes were not UTF-8 and were read as Windows-1252: the text offset of the first. */
  windows1252At?: number;
}

// A U+FEFF after a stray byte is text: only a file's first bytes are a byte-order mark, skipped below.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const windows1252 = new TextDecoder('windows-1252');

/** Decodes a dump file's bytes; a byte-order mark is consumed. */
export function decodeDump(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes) };
  const unmarked = utf16Order(bytes);
  if (unmarked !== undefined) return { text: new TextDecoder(unmarked).decode(bytes) };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Not UTF-8 throughout: read byte by byte, below.
  }
  // A file with NUL bytes stays UTF-8 with replacement characters: the binary check reports it.
  if (bytes.includes(0)) return { text: utf8.decode(bytes) };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  // Runs of whole UTF-8 characters as such, and each byte between them as its Windows-1252 character: a
  // stray byte in a UTF-8 file spoils one character, not every accented letter of the file.
  let text = '';
  let windows1252At: number | undefined;
  let from = bom;
  for (let i = bom; i < bytes.length;) {
    const length = utf8Length(bytes, i);
    if (length > 0) {
      i += length;
      continue;
    }
    text += utf8.decode(bytes.subarray(from, i));
    windows1252At ??= text.length;
    text += windows1252.decode(bytes.subarray(i, i + 1));
    from = ++i;
  }
  text += utf8.decode(bytes.subarray(from));
  return windows1252At === undefined ? { text } : { text, windows1252At };
}

/** Bytes sampled for UTF-16 without a byte-order mark. */
const SAMPLE = 4096;

/**
 * The byte order of UTF-16 without a byte-order mark, told by its zero bytes: the page is mostly Latin text,
 * each character a zero byte beside a letter, so nearly every other byte is zero and the others are not.
 */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.floor(Math.min(bytes.length, SAMPLE) / 2);
  if (pairs < 8) return undefined;
  let zeroFirst = 0;
  let zeroSecond = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) zeroFirst++;
    if (bytes[2 * i + 1] === 0) zeroSecond++;
  }
  if (zeroSecond >= pairs * 0.9 && zeroFirst <= pairs * 0.1) return 'utf-16le';
  if (zeroFirst >= pairs * 0.9 && zeroSecond <= pairs * 0.1) return 'utf-16be';
  return undefined;
}

/** Length of the well-formed UTF-8 character starting at `i` (1 for ASCII), or 0 when there is none. */
function utf8Length(bytes: Uint8Array, i: number): number {
  const b = bytes[i] as number;
  if (b < 0x80) return 1;
  const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  // The second byte's range also rules out overlong forms, surrogates and code points past U+10FFFF.
  const [low, high] =
    b === 0xe0
      ? [0xa0, 0xbf]
      : b === 0xed
        ? [0x80, 0x9f]
        : b === 0xf0
          ? [0x90, 0xbf]
          : b === 0xf4
            ? [0x80, 0x8f]
            : [0x80, 0xbf];
  for (let k = 1; k < length; k++) {
    const next = bytes[i + k];
    if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return 0;
  }
  return length;
}
