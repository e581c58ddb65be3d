/**
 * Characters that are not text (`NOT_TEXT`): a dump can carry them (a stray byte in a copy, an escape in a
 * saved page's data) but no page, feed or export may, so an entry loses them, with a warning.
 */
import { isText, NOT_TEXT } from '../../schemas/paper.ts';
import { plural } from './summary.ts';
import type { Entry } from './entry.ts';
import type { Reporter } from './report.ts';

/** `value` without the characters that are not text, and those it lost. */
function strip(value: string): { text: string; lost: string[] } {
  const lost = value.match(NOT_TEXT) ?? [];
  return { text: lost.length === 0 ? value : value.replace(NOT_TEXT, ''), lost };
}

/**
 * `entry` with the characters that are not text taken out of every string it shows, with one warning for it.
 */
export function withoutNotText(entry: Entry, report: Reporter): Entry {
  const shown = [entry.title.text, entry.abstract, ...entry.authors, entry.organization, entry.submittedBy];
  if (shown.every((value) => value === null || isText(value))) return entry;
  const lost: string[] = [];
  const take = (value: string): string => {
    const stripped = strip(value);
    lost.push(...stripped.lost);
    return stripped.text;
  };
  const clean: Entry = {
    ...entry,
    title: { ...entry.title, text: take(entry.title.text) },
    abstract: take(entry.abstract),
    authors: entry.authors.map(take).filter((name) => name !== ''),
    organization: entry.organization === null ? null : take(entry.organization) || null,
    submittedBy: entry.submittedBy === null ? null : take(entry.submittedBy) || null,
  };
  const names = [...new Set(lost.map(codePoint))].slice(0, 3).join(', ');
  report.warn(
    entry.title.line,
    entry.title.column,
    'not-text',
    `the entry "${clean.title.text.slice(0, 60)}" holds ${plural(lost.length, 'character')} that ` +
      `${lost.length === 1 ? 'is' : 'are'} not text (${names}): removed; check the entry in the dump`,
  );
  return clean;
}

/** `U+001B` for a character. */
function codePoint(char: string): string {
  return `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}
