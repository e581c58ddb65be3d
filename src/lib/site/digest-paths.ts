/**
 * Static paths of the per-digest files (`digests/<date>.json`, `digests/<date>/feed.xml`): one per dump,
 * each with the papers it holds. A file shows nothing else, so its date and papers are its cache key: a
 * build copies the files of the digests whose papers did not change.
 */
import type { Paper } from '../../schemas/paper.ts';
import { fingerprint } from './fingerprint.ts';
import { loadSite, papersOf } from './load-site.ts';

export async function digestPaths(): Promise<
  { params: { date: string }; props: { papers: Paper[] }; cacheKey: string }[]
> {
  const site = await loadSite();
  return site.digests.map((digest) => {
    const papers = papersOf(site, digest.ids);
    return { params: { date: digest.date }, props: { papers }, cacheKey: fingerprint([digest.date, papers]) };
  });
}
