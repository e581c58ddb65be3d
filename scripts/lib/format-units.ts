/** Milliseconds as seconds with one decimal, or `digits`: `1234` → `1.2 s`, with 2 digits `1.23 s`. */
export function formatSeconds(ms: number, digits = 1): string {
  return `${(ms / 1000).toFixed(digits)} s`;
}

/** Bytes in decimal units, three figures at most: `52_300_000` → `52.3 MB`, `228_878_000` → `229 MB`, `2.26 GB`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(2)} GB`;
  return `${(bytes / 1e6).toFixed(bytes >= 1e8 ? 0 : 1)} MB`;
}
