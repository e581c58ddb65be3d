/**
 * How a build's prepared data (`prepared.ts`) reaches the pages: the prepare integration offers it, the
 * pages' loader takes it and Pagefind reads it. A global, not a module variable: the integrations and the
 * pages are loaded as separate module graphs.
 */
import type { PreparedOffer } from './prepared.ts';

const SLOT = Symbol.for('paper-digest:prepared');
type Holder = { [SLOT]?: { prepared: PreparedOffer; taken: boolean } };
const holder = globalThis as Holder;

/** Offers this build's prepared data, still being computed, to the pages. */
export function offerPrepared(prepared: PreparedOffer): void {
  // Awaited by the loader; a build that fails before must not report it as unhandled.
  for (const half of Object.values(prepared)) half.catch(() => undefined);
  holder[SLOT] = { prepared, taken: false };
}

/** Ends the offer, so that nothing later in the process reads an old build's data. */
export function withdrawPrepared(): void {
  delete holder[SLOT];
}

/** The data offered for this build, if any; `take` marks it as used by the pages. */
export function offeredPrepared(take = false): PreparedOffer | undefined {
  const offer = holder[SLOT];
  if (offer && take) offer.taken = true;
  return offer?.prepared;
}

/** Whether the pages took the data offered (false when none is). */
export function preparedTaken(): boolean {
  return holder[SLOT]?.taken ?? false;
}
