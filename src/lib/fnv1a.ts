/**
 * FNV-1a over a string's UTF-16 code units, as an unsigned 32-bit number: a small, stable hash for ids and
 * fingerprints, the same in Node and the browser. Pass the last result as `hash` to go on over more text.
 */
export function fnv1a(text: string, hash = 0x811c9dc5): number {
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
