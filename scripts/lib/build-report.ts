/**
 * The JSON report every build writes beside its output folder: how long each stage took and how big the
 * site is. The site benchmark reads it instead of the build's human output.
 */
import { basename, dirname, join } from 'node:path';

export interface BuildReport {
  ok: boolean;
  /** Papers parsed from the dumps. */
  papers: number;
  /** The stages that ran, in order: start (epoch milliseconds) and wall time. */
  stages: { name: string; startedAt: number; ms: number }[];
  /** The site swapped into place (only when `ok`). */
  site?: { files: number; bytes: number; pages: number };
}

/** Where the build of `outDir` writes its report: a hidden sibling, `dist` → `.dist.build.json`. */
export function reportPath(outDir: string): string {
  return join(dirname(outDir), `.${basename(outDir)}.build.json`);
}
