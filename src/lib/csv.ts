/**
 * CSV as RFC 4180 writes it: CRLF line ends, every field in double quotes, inner quotes doubled.
 * Quoting every field keeps commas, quotes and line breaks in titles and abstracts harmless.
 */

/** One cell: `null`/`undefined` become an empty field, everything else its string form. */
export type CsvValue = string | number | boolean | null | undefined;

/** One field, always quoted: `a "b"` → `"a ""b"""`. */
export function csvField(value: CsvValue): string {
  const text = value === null || value === undefined ? '' : String(value);
  return `"${text.replaceAll('"', '""')}"`;
}

/** A header row and data rows → one CSV document, each record ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
