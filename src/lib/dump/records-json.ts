/**
 * The parser's output text: a JSON array with one record per line. Compact, as indented JSON takes several
 * times as long to write for a hundred thousand records, yet still a line per record to diff and grep.
 */
export function recordsJson(records: readonly unknown[]): string {
  if (records.length === 0) return '[]\n';
  return `[\n${records.map((record) => JSON.stringify(record)).join(',\n')}\n]\n`;
}
