/**
 * CSV as RFC 4180 writes it: CRLF line ends, every field in double quotes, inner quotes doubled.
 * Quoting every field keeps commas, quotes and line breaks in titles and abstracts harmless.
 * Text cells that start with = + - @ tab or CR are prefixed with ' so spreadsheets show them, not run them.
 */

/** One cell: `null`/`undefined` become an empty field, everything else its string form. */
export type CsvValue = string | number | boolean | null | undefined;

/** Leading characters a spreadsheet reads as the start of a formula (OWASP's CSV injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, always quoted: `a "b"` becomes `"a ""b"""`; text starting like a formula gets a leading `'`. */
export function csvField(value: CsvValue): string {
  const raw = value === null || value === undefined ? '' : String(value);
  // Only text is neutralised: numbers come from our own records, and a prefixed -1 would stop being a number.
  const text = typeof value === 'string' && FORMULA_START.test(raw) ? `'${raw}` : raw;
  return `"${text.replaceAll('"', '""')}"`;
}

/** A header row and data rows → one CSV document, each record ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
