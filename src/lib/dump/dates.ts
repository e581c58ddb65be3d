/**
 * Dates as the page prints them: `Jul 31`, `Apr 8, 2023`, either optionally followed by the comment
 * count (`Feb 18 2`, `Apr 10, 2024 1`; the page links that number to the paper's discussion). A date without a year is the latest such day on or before the
 * dump's date.
 */

/** A date line taken apart, before it is checked against the calendar. */
export interface DateLine {
  /** 1–12. */
  month: number;
  /** As written, 1–99: may not exist in that month. */
  day: number;
  /** Null when the line gives no year. */
  year: number | null;
  /** Null when the line gives no comment count. */
  comments: number | null;
  /** 0-based offset of the day number in the line: where a calendar error points. */
  dayOffset: number;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A month's name or abbreviation, as a pattern (its case is the caller's flag's). */
export const MONTH_NAME = `(?:${Object.keys(MONTHS).join('|')})`;

/** Month name, day, optional `, YEAR`, optional comment count; nothing else on the line. */
const DATE_LINE = new RegExp(`^(${MONTH_NAME})(\\.? +)(\\d{1,2})(?:, *(\\d{4}))?(?: +(\\d{1,7}))?$`, 'i');

/** Takes a date line apart, or returns null when the line is not shaped like one. */
export function parseDateLine(text: string): DateLine | null {
  const m = DATE_LINE.exec(text);
  if (m === null) return null;
  const [, name = '', gap = '', day = '', year, comments] = m;
  return {
    month: MONTHS[name.toLowerCase()] as number,
    day: Number(day),
    year: year === undefined ? null : Number(year),
    comments: comments === undefined ? null : Number(comments),
    dayOffset: name.length + gap.length,
  };
}

/** Days in a month of a year (month 1–12), leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD`. */
export function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True for a `YYYY-MM-DD` string naming a day that exists. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m === null) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The calendar day a date line means, relative to the dump's date (`YYYY-MM-DD`):
 * `{ date }` or `{ problem }` saying why no such day exists.
 */
export function resolveDate(
  line: Pick<DateLine, 'month' | 'day' | 'year'>,
  dumpDate: string,
): { date: string } | { problem: string } {
  const { month, day, year } = line;
  const monthName = MONTH_NAMES[month - 1] as string;
  if (year !== null) {
    const days = daysInMonth(year, month);
    if (day < 1 || day > days) return { problem: `${monthName} ${year} has ${days} days` };
    return { date: formatIsoDate(year, month, day) };
  }
  if (day < 1 || day > 31 || (month !== 2 && day > daysInMonth(2000, month)) || (month === 2 && day > 29)) {
    return { problem: `${monthName} has ${month === 2 ? '28 or 29' : daysInMonth(2000, month)} days` };
  }
  const dumpYear = Number(dumpDate.slice(0, 4));
  const dumpMonthDay = dumpDate.slice(5);
  const monthDay = formatIsoDate(0, month, day).slice(5);
  // The latest such day on or before the dump's date; Feb 29 looks back to the last leap year.
  for (let y = monthDay <= dumpMonthDay ? dumpYear : dumpYear - 1; y > dumpYear - 9; y--) {
    if (day <= daysInMonth(y, month)) return { date: formatIsoDate(y, month, day) };
  }
  return { problem: `no ${monthName} ${day} in the eight years before ${dumpDate}` };
}
