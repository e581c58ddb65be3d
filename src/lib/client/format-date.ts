/**
 * Dates as readers see them. Pure; shared by the pages and the filter's browser script.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Dates already formatted, by locale and day: a build formats the same few thousand days again and again. */
const formatted = new Map<string, string>();

/** `2025-12-10` → `Dec 10, 2025` (in UTC, so the day never shifts with the reader's time zone). */
export function formatDate(iso: string, locale = 'en-US'): string {
  const key = `${locale} ${iso}`;
  let text = formatted.get(key);
  if (text === undefined) formatted.set(key, (text = format(iso, locale)));
  return text;
}

function format(iso: string, locale: string): string {
  let format = formatters.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    });
    formatters.set(locale, format);
  }
  return format.format(new Date(`${iso}T00:00:00Z`));
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** `1` → `1 paper`, `2` → `2 papers`; `word` is the singular. */
export function plural(count: number, word: string, locale = 'en-US'): string {
  // One formatter per locale: `toLocaleString` makes a new one on every call, thousands of times a build.
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return `${format.format(count)} ${count === 1 ? word : `${word}s`}`;
}

/** A list's "show more" button: `step` more of the `left` not shown yet, or all that are left. */
export function showMoreLabel(left: number, step: number): string {
  return left > step ? `Show ${step} more (${left} left)` : `Show ${left} more`;
}
