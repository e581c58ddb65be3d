/**
 * "For you": the papers not starred, ranked by their similarity to the starred ones, from each paper's nearest
 * neighbours computed at build time (`for-you/neighbours.json`).
 */

/**
 * The neighbour data: `ids[i]` is paper `i`; `near[i]` lists its neighbours as flat pairs
 * `[paper, similarity in hundredths, …]`, most similar first (integers keep 10,000 papers' file small).
 */
export interface NeighbourData {
  ids: string[];
  near: number[][];
}

/** A suggested paper, its score (the sum of its similarities to the starred papers) and the star it is most like. */
export interface Suggestion {
  id: string;
  score: number;
  because: string;
}

/**
 * The unstarred neighbours of the starred papers, best score first (ties by id); `because` is the starred
 * paper contributing most (ties to the one starred first in `starred`). Unknown starred ids are ignored.
 */
export function rankForYou(data: NeighbourData, starred: readonly string[], limit = 20): Suggestion[] {
  const index = new Map(data.ids.map((id, i) => [id, i]));
  const stars = new Set(starred);
  const found = new Map<string, { score: number; best: number; because: string }>();
  for (const star of starred) {
    const near = data.near[index.get(star) ?? -1];
    if (!near) continue;
    for (let k = 0; k + 1 < near.length; k += 2) {
      const id = data.ids[near[k]!];
      const similarity = near[k + 1]! / 100;
      if (id === undefined || stars.has(id)) continue;
      const entry = found.get(id);
      if (!entry) found.set(id, { score: similarity, best: similarity, because: star });
      else {
        entry.score += similarity;
        if (similarity > entry.best) Object.assign(entry, { best: similarity, because: star });
      }
    }
  }
  return [...found]
    .map(([id, { score, because }]) => ({ id, score, because }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, Math.max(0, limit));
}
