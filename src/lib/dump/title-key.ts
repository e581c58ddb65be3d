/**
 * When two entries are the same paper: titles compared case- and whitespace-insensitively.
 */

/** The comparison key of a title: Unicode-normalised (NFC), lowercase, all whitespace removed. */
export function titleKey(title: string): string {
  const ascii = !/[^ -~]/.test(title);
  const key = (ascii ? title : title.normalize('NFC')).toLowerCase();
  return /[^\S ]/.test(key) ? key.replace(/\s+/g, '') : key.replaceAll(' ', '');
}
