/**
 * Waits until the disk creates files at its usual speed before the benchmark builds anything.
 *
 * On an ext4 file system without a journal (this project's machines), creating a file within minutes of a
 * mass removal costs a scan past the removed inodes (`recently_deleted` in the kernel): in the minutes after
 * a benchmark removed its files, a floor build that otherwise takes 7.7 s took 9–12 s, and 14–21 s after
 * several removals in a row. The probe creates small folders as a build does and keeps them (removing them
 * would start the wait again).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Folders (each with one small file) a probe creates. */
const PROBE_FILES = 1000;

export interface DiskSettling {
  /** Microseconds per folder and file in the last probe. */
  microsPerFile: number;
  /** Milliseconds waited before it. */
  waitedMs: number;
  /** Whether the last probe was under the limit. */
  settled: boolean;
}

/**
 * Microseconds per folder with a small file created under `dir` (which must not exist). Synchronous calls,
 * so that the time is the file system's, not the thread pool's round trips (which add about 100 µs).
 */
export function probeDisk(dir: string, files = PROBE_FILES): number {
  const start = performance.now();
  for (let n = 0; n < files; n++) {
    mkdirSync(join(dir, String(n)), { recursive: true });
    writeFileSync(join(dir, String(n), 'index.html'), '<!doctype html>'.padEnd(300, ' '));
  }
  return ((performance.now() - start) * 1000) / files;
}

/**
 * Probes the disk under `dir` every `pauseMs` until a probe takes at most `limitMicros` per file or
 * `maxWaitMs` have passed. Quiet, this machine's disk takes 45–70 µs per file; in the first minutes after a
 * mass removal, 250–360; at 146 µs, floors still took a third longer than on a quiet disk.
 */
export async function settleDisk(
  dir: string,
  { limitMicros = 100, pauseMs = 20_000, maxWaitMs = 360_000 } = {},
): Promise<DiskSettling> {
  const started = performance.now();
  for (let probe = 0; ; probe++) {
    const microsPerFile = probeDisk(join(dir, `probe-${probe}`));
    const waitedMs = performance.now() - started;
    if (microsPerFile <= limitMicros) return { microsPerFile, waitedMs, settled: true };
    if (waitedMs + pauseMs > maxWaitMs) return { microsPerFile, waitedMs, settled: false };
    await sleep(pauseMs);
  }
}
