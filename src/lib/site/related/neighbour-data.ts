/** The build-time half of "for you": every paper's nearest neighbours in the compact shape the browser ranks. */
import type { NeighbourData } from '../../client/for-you.ts';
import type { Neighbour } from './rank.ts';

/** Neighbours kept per paper: more than the related papers shown, so that a few stars suggest enough. */
export const FOR_YOU_NEIGHBOURS = 8;

/** `neighbours` (by paper id) as `NeighbourData`: papers numbered in id order, similarities in hundredths. */
export function neighbourData(neighbours: ReadonlyMap<string, readonly Neighbour[]>): NeighbourData {
  const ids = [...neighbours.keys()].sort();
  const number = new Map(ids.map((id, i) => [id, i]));
  return {
    ids,
    near: ids.map((id) => neighbours.get(id)!.flatMap((n) => [number.get(n.id)!, Math.round(n.score * 100)])),
  };
}
