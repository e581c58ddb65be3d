import { describe, expect, it } from 'vitest';
import {
  calendarMonths,
  formatMonth,
  formatWeek,
  isWeekKey,
  isoWeek,
  isoWeekday,
  monthOf,
  weekDays,
} from '../../src/lib/site/calendar.ts';

describe('isoWeek', () => {
  it('numbers weeks from Monday, the week belonging to the year of its Thursday', () => {
    expect(isoWeek('2020-12-31')).toBe('2020-W53');
    expect(isoWeek('2021-01-03')).toBe('2020-W53');
    expect(isoWeek('2021-01-04')).toBe('2021-W01');
    expect(isoWeek('2019-12-30')).toBe('2020-W01');
    expect(isoWeek('2025-12-08')).toBe('2025-W50');
    expect(isoWeek('2025-12-14')).toBe('2025-W50');
    expect(isoWeek('2025-12-15')).toBe('2025-W51');
  });

  it('knows the weekday, Monday 1 to Sunday 7', () => {
    expect(isoWeekday('2025-12-15')).toBe(1);
    expect(isoWeekday('2025-12-14')).toBe(7);
  });
});

describe('weekDays', () => {
  it('lists Monday to Sunday, across a year boundary too', () => {
    expect(weekDays('2025-W50')).toEqual([
      '2025-12-08',
      '2025-12-09',
      '2025-12-10',
      '2025-12-11',
      '2025-12-12',
      '2025-12-13',
      '2025-12-14',
    ]);
    expect(weekDays('2020-W53')[0]).toBe('2020-12-28');
    expect(weekDays('2020-W53')[6]).toBe('2021-01-03');
    expect(weekDays('2021-W01')[0]).toBe('2021-01-04');
    expect(weekDays('2020-W01')[0]).toBe('2019-12-30');
  });
});

describe('calendarMonths', () => {
  it('gives each month its weeks, newest month first, blanks outside the month', () => {
    const months = calendarMonths(['2025-12-15', '2025-11-28']);
    expect(months.map((m) => m.month)).toEqual(['2025-12', '2025-11']);
    const december = months[0]!;
    // December 2025 starts on a Monday and ends on a Wednesday: weeks 49 to 1 of 2026.
    expect(december.weeks.map((w) => w.week)).toEqual([
      '2025-W49',
      '2025-W50',
      '2025-W51',
      '2025-W52',
      '2026-W01',
    ]);
    expect(december.weeks[0]!.days[0]).toBe('2025-12-01');
    expect(december.weeks[4]!.days).toEqual([
      '2025-12-29',
      '2025-12-30',
      '2025-12-31',
      null,
      null,
      null,
      null,
    ]);
    const november = months[1]!;
    // November 2025 starts on a Saturday.
    expect(november.weeks[0]!.days).toEqual([null, null, null, null, null, '2025-11-01', '2025-11-02']);
    expect(november.weeks.at(-1)!.days.at(-1)).toBe('2025-11-30');
  });

  it('starts each month at its own first week, across a year boundary', () => {
    const [january, december] = calendarMonths(['2025-12-01', '2026-01-01']);
    expect(december!.month).toBe('2025-12');
    // January 2026 starts on a Thursday, in 2026-W01 with the last days of December.
    expect(january!.weeks[0]).toEqual({
      week: '2026-W01',
      days: [null, null, null, '2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04'],
    });
    expect(january!.weeks.at(-1)!.week).toBe('2026-W05');
    expect(january!.weeks.at(-1)!.days.slice(0, 6)).toEqual([
      '2026-01-26',
      '2026-01-27',
      '2026-01-28',
      '2026-01-29',
      '2026-01-30',
      '2026-01-31',
    ]);
  });

  it('leaves out the months between without any of the days', () => {
    const months = calendarMonths(['2025-09-30', '2026-02-03', '2025-09-01', '2025-12-24']);
    expect(months.map((m) => m.month)).toEqual(['2026-02', '2025-12', '2025-09']);
    expect(calendarMonths([])).toEqual([]);
  });

  it('takes the month of a day', () => {
    expect(monthOf('2025-12-10')).toBe('2025-12');
  });
});

describe('period labels', () => {
  it('names months and weeks for readers', () => {
    expect(formatMonth('2025-12')).toBe('December 2025');
    expect(formatMonth('2026-01')).toBe('January 2026');
    expect(formatWeek('2025-W05')).toBe('Week 5, 2025');
    expect(isWeekKey('2025-W50')).toBe(true);
    expect(isWeekKey('2025-12')).toBe(false);
  });

  it('names a month in each locale asked for, one after the other', () => {
    expect(formatMonth('2025-12', 'en-US')).toBe('December 2025');
    expect(formatMonth('2025-12', 'de-DE')).toBe('Dezember 2025');
    expect(formatMonth('2025-12', 'en-US')).toBe('December 2025');
  });
});
