/**
 * What a build derives from each record alone, the slowest part of the site's data: every paper's texts and
 * nearest neighbours. A build computes it in threads of its own while Astro starts
 * (`src/integrations/prepare.ts`) and offers it to the site's loader (`prepared-offer.ts`); without an
 * offer (the dev server) the loader computes each text as pages ask.
 */
import { SITE } from '../../config.ts';
import { FOR_YOU_NEIGHBOURS } from './related/neighbour-data.ts';
import type { Neighbour } from './related/rank.ts';
import type { PaperText } from './paper-text.ts';

/** Neighbours kept per paper: enough for the related papers and the For you data. */
export const NEIGHBOURS = Math.max(SITE.relatedCount, FOR_YOU_NEIGHBOURS);

export interface Prepared {
  /** By paper id. */
  texts: Map<string, PaperText>;
  /** By paper id, nearest first (`nearestNeighbours`). */
  neighbours: Map<string, Neighbour[]>;
}

/** The prepared data while it is being made: each half a promise, as each comes from a thread of its own. */
export type PreparedOffer = { [K in keyof Prepared]: Promise<Prepared[K]> };
