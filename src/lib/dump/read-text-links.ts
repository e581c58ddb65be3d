import type { ReadResult } from './entry.ts';
import type { Reporter } from './report.ts';

export function readTextLinks(_text: string, report: Reporter): ReadResult {
  report.error(1, 1, 'unknown-layout', 'not yet');
  return { entries: [] };
}
