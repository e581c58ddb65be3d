/**
 * The JSON report every build writes beside the records it parsed: how long each stage took and how big the
 * site is. The site benchmark reads it instead of the build's human output.
 */
import { dirname, join } from 'node:path';

export interface BuildReport {
  ok: boolean;
  /** Papers parsed from the dumps. */
  papers: number;
  /** The stages that ran, in the order they ended (the parser beside Astro): start (epoch ms), wall time. */
  stages: { name: string; startedAt: number; ms: number }[];
  /** The site swapped into place (only when `ok`). */
  site?: { files: number; bytes: number; pages: number };
}

/** Where the build that writes its records to `papersFile` writes its report: `build-report.json` beside them. */
export function reportPath(papersFile: string): string {
  return join(dirname(papersFile), 'build-report.json');
}
