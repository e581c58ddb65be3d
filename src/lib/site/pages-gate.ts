/**
 * Work a build must finish before Astro writes its first page, held by the integration doing it and awaited
 * by the pages' loader, which every list of paths waits for. A global, not a module variable: the
 * integrations and the pages are loaded as separate module graphs.
 */
const SLOT = Symbol.for('paper-digest:before-pages');
type Holder = { [SLOT]?: Promise<unknown> };
const holder = globalThis as Holder;

/** Makes this build's pages wait for `work`. */
export function holdPages(work: Promise<unknown>): void {
  // Awaited by the loader; a build that fails before must not report it as unhandled.
  work.catch(() => undefined);
  holder[SLOT] = work;
}

/** Ends the hold, so that nothing later in the process waits for an old build's work. */
export function releasePages(): void {
  delete holder[SLOT];
}

/** Resolves once the work held (if any) is done; rejects with its error. */
export async function pagesMayStart(): Promise<void> {
  await holder[SLOT];
}
