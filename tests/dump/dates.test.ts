import { describe, expect, it } from 'vitest';
import { daysInMonth, isIsoDate, parseDateLine, resolveDate } from '../../src/lib/dump/dates.ts';
import { dateFromFileName } from '../../src/lib/dump/file-date.ts';

describe('parseDateLine', () => {
  it.each([
    ['Jul 31', { month: 7, day: 31, year: null, comments: null }],
    ['Apr 8, 2023', { month: 4, day: 8, year: 2023, comments: null }],
    ['Feb 18 2', { month: 2, day: 18, year: null, comments: 2 }],
    ['Apr 10, 2024 1', { month: 4, day: 10, year: 2024, comments: 1 }],
    ['September 9, 2024 120', { month: 9, day: 9, year: 2024, comments: 120 }],
    ['Sept. 9', { month: 9, day: 9, year: null, comments: null }],
    ['dec 28', { month: 12, day: 28, year: null, comments: null }],
    ['Feb 30, 2024', { month: 2, day: 30, year: 2024, comments: null }],
  ])('%s', (text, expected) => {
    expect(parseDateLine(text)).toMatchObject(expected);
  });

  it('points at the day number', () => {
    expect(parseDateLine('Feb 30, 2024')?.dayOffset).toBe(4);
    expect(parseDateLine('Sept. 9')?.dayOffset).toBe(6);
  });

  it.each(['Subscribe', 'Mayhem 3', 'Dec', '31 Jul', 'Jul 31,', 'Jul 310', 'Jul 31 two', 'May 2 is a title'])(
    'rejects %j',
    (text) => {
      expect(parseDateLine(text)).toBeNull();
    },
  );
});

describe('resolveDate', () => {
  const at = (month: number, day: number, dump: string, year: number | null = null) =>
    resolveDate({ month, day, year }, dump);

  it('infers the latest such day on or before the dump date', () => {
    expect(at(7, 31, '2025-12-10')).toEqual({ date: '2025-07-31' });
    expect(at(12, 10, '2025-12-10')).toEqual({ date: '2025-12-10' });
    expect(at(12, 11, '2025-12-10')).toEqual({ date: '2024-12-11' });
  });

  it('crosses New Year: a dump of 2026-01-05 holding Dec 28 means 2025-12-28', () => {
    expect(at(12, 28, '2026-01-05')).toEqual({ date: '2025-12-28' });
    expect(at(1, 5, '2026-01-05')).toEqual({ date: '2026-01-05' });
    expect(at(1, 6, '2026-01-05')).toEqual({ date: '2025-01-06' });
  });

  it('Feb 29 without a year goes back to the last leap year', () => {
    expect(at(2, 29, '2026-01-05')).toEqual({ date: '2024-02-29' });
    expect(at(2, 29, '2024-03-01')).toEqual({ date: '2024-02-29' });
    expect(at(2, 29, '2024-02-28')).toEqual({ date: '2020-02-29' });
  });

  it('keeps an explicit year', () => {
    expect(at(4, 8, '2025-12-10', 2023)).toEqual({ date: '2023-04-08' });
  });

  it('explains impossible days', () => {
    expect(at(2, 30, '2025-12-10', 2024)).toEqual({ problem: 'February 2024 has 29 days' });
    expect(at(2, 29, '2025-12-10', 2025)).toEqual({ problem: 'February 2025 has 28 days' });
    expect(at(2, 30, '2025-12-10')).toEqual({ problem: 'February has 28 or 29 days' });
    expect(at(4, 31, '2025-12-10')).toEqual({ problem: 'April has 30 days' });
    expect(at(1, 0, '2025-12-10')).toEqual({ problem: 'January has 31 days' });
  });
});

describe('calendar helpers', () => {
  it('daysInMonth', () => {
    expect([daysInMonth(2024, 2), daysInMonth(2025, 2), daysInMonth(2000, 2), daysInMonth(1900, 2)]).toEqual([
      29, 28, 29, 28,
    ]);
  });

  it('isIsoDate', () => {
    expect(isIsoDate('2025-12-10')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
  });

  it('dateFromFileName', () => {
    expect(dateFromFileName('content/dumps/2025-12-10.txt')).toEqual({ date: '2025-12-10' });
    expect(dateFromFileName('C:\\dumps\\daily-2026-01-05.txt')).toEqual({ date: '2026-01-05' });
    expect(dateFromFileName('2025-02-30.txt')).toEqual({
      problem:
        'the date 2025-02-30 in the file name is not a real day; rename the file or pass --as-of YYYY-MM-DD',
    });
    const missing = dateFromFileName('dumps/today.txt');
    expect('problem' in missing && missing.problem).toMatch(
      /"today.txt" holds no YYYY-MM-DD date.*--as-of YYYY-MM-DD/,
    );
  });
});
