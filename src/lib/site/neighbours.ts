/**
 * Previous and next paper within a digest, for the paper pages. Pure.
 */
import type { DigestSummary } from './digests.ts';

/** A paper's place in one digest. */
export interface Neighbours {
  /** The digest the neighbours come from. */
  date: string;
  /** Id of the paper before it in that digest, if any. */
  prev: string | undefined;
  /** Id of the paper after it in that digest, if any. */
  next: string | undefined;
}

/** Neighbours of `id` in `ids` (record order); undefined when `id` is not there. */
export function neighboursIn(
  ids: readonly string[],
  id: string,
): Pick<Neighbours, 'prev' | 'next'> | undefined {
  const at = ids.indexOf(id);
  return at === -1 ? undefined : { prev: ids[at - 1], next: ids[at + 1] };
}

/**
 * For every paper, its neighbours in the newest digest that holds it (the one a reader most
 * likely came from). `digests` newest first, as `summarizeDigests` returns them. Linear time.
 */
export function neighbourMap(digests: readonly DigestSummary[]): Map<string, Neighbours> {
  const map = new Map<string, Neighbours>();
  for (const { date, ids } of digests) {
    ids.forEach((id, at) => {
      if (!map.has(id)) map.set(id, { date, prev: ids[at - 1], next: ids[at + 1] });
    });
  }
  return map;
}
