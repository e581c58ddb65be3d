/**
 * When the records are there to read: `npm run build` runs the parser beside Astro's start, and everything
 * that reads `PAPERS_FILE` waits for it first. Kept apart from `papers-file.ts`, which the build may import
 * only once it has set `PAPERS_FILE`.
 */

import type { Loader } from 'astro/loaders';

/** Where `announcePapers` leaves its promise: a global, as Astro may load its own copy of this module. */
const WRITTEN = Symbol.for('paper-digest:papers-written');
type Holder = { [key: symbol]: Promise<void> | undefined };

/** Resolves once `PAPERS_FILE` holds this build's records: at once unless `announcePapers` said otherwise. */
export function papersWritten(): Promise<void> {
  return (globalThis as Holder)[WRITTEN] ?? Promise.resolve();
}

/**
 * Tells the readers of `PAPERS_FILE` in this process to wait for `written`. When the parser fails, `written`
 * never settles: Astro waits at its first read of the records, and writes nothing, until the build exits.
 */
export function announcePapers(written: Promise<void>): void {
  (globalThis as Holder)[WRITTEN] = written;
}

/** `loader`, loading once the records are there (`papersWritten`). */
export function afterPapers(loader: Loader): Loader {
  return { ...loader, load: (context) => papersWritten().then(() => loader.load(context)) };
}
