/**
 * Calendar arithmetic on `YYYY-MM-DD` days (UTC): ISO weeks (Monday first), months, and the month grids of
 * the digests index. Pure.
 */

const DAY_MS = 86_400_000;

const toTime = (day: string): number => Date.parse(`${day}T00:00:00Z`);
const toDay = (time: number): string => new Date(time).toISOString().slice(0, 10);

/** 1 (Monday) … 7 (Sunday). */
export function isoWeekday(day: string): number {
  return new Date(toTime(day)).getUTCDay() || 7;
}

/** `2021-01-03` → `2020-W53`: the week belongs to the year of its Thursday. */
export function isoWeek(day: string): string {
  const thursday = toTime(day) + (4 - isoWeekday(day)) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** `2025-12-10` → `2025-12`. */
export const monthOf = (day: string): string => day.slice(0, 7);

/** The Monday … Sunday of an ISO week such as `2025-W50`. */
export function weekDays(week: string): string[] {
  const [year, number] = [Number(week.slice(0, 4)), Number(week.slice(6))];
  // January 4th is always in week 1.
  const jan4 = toDay(Date.UTC(year, 0, 4));
  const monday = toTime(jan4) - (isoWeekday(jan4) - 1) * DAY_MS + (number - 1) * 7 * DAY_MS;
  return Array.from({ length: 7 }, (_, i) => toDay(monday + i * DAY_MS));
}

/** One row of a month grid: its ISO week and its seven days, `null` where the day is in another month. */
export interface CalendarWeek {
  week: string;
  days: (string | null)[];
}

/** One month as a grid of weeks. */
export interface CalendarMonth {
  month: string;
  weeks: CalendarWeek[];
}

/**
 * The month grids of the months holding one of `days` (`YYYY-MM-DD`, any order), newest month first. A month
 * between them without any is left out: a grid of missing days says nothing a month name does not.
 */
export function calendarMonths(days: readonly string[]): CalendarMonth[] {
  const months = [...new Set(days.map(monthOf))].sort().reverse();
  return months.map((month) => {
    const weeks: CalendarWeek[] = [];
    for (
      let day = `${month}-01`;
      monthOf(day) === month;
      day = toDay(toTime(day) + (8 - isoWeekday(day)) * DAY_MS)
    ) {
      const week = isoWeek(day);
      weeks.push({ week, days: weekDays(week).map((d) => (monthOf(d) === month ? d : null)) });
    }
    return { month, weeks };
  });
}

/** One formatter per locale: each digest page names every month, and making one costs more than using it. */
const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** `2025-12` → `December 2025` (UTC). */
export function formatMonth(month: string, locale = 'en-US'): string {
  let format = monthFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
    monthFormats.set(locale, format);
  }
  return format.format(new Date(`${month}-01T00:00:00Z`));
}

/** `2025-W50` → `Week 50, 2025`. */
export const formatWeek = (week: string): string => `Week ${Number(week.slice(6))}, ${week.slice(0, 4)}`;

/** Whether `key` names an ISO week (`2025-W50`) rather than a month (`2025-12`). */
export const isWeekKey = (key: string): boolean => /^\d{4}-W\d{2}$/.test(key);
