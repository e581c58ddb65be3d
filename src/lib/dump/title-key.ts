/**
 * When two entries are the same paper: titles compared case- and whitespace-insensitively.
 */

/** The comparison key of a title: Unicode-normalised (NFC), lowercase, all whitespace removed. */
export function titleKey(title: string): string {
  return title.normalize('NFC').toLowerCase().replace(/\s+/g, '');
}
