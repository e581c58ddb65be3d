/** The parser's output text: a JSON array, one compact record per line: fast to write, easy to diff and grep. */
export function recordsJson(records: readonly unknown[]): string {
  if (records.length === 0) return '[]\n';
  return `[\n${records.map((record) => JSON.stringify(record)).join(',\n')}\n]\n`;
}
