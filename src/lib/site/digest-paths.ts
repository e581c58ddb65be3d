/**
 * Static paths of the per-digest files (`digests/<date>.json`, `digests/<date>/feed.xml`): one per dump,
 * each with the papers it holds. A file shows nothing else, so its date and papers are its cache key: a
 * build copies the files of the digests whose papers did not change.
 */
import type { Paper } from '../../schemas/paper.ts';
import { fingerprint } from './fingerprint.ts';
import { loadSite, papersOf } from './load-site.ts';

/** Each digest's date, papers and key, computed once for both routes. */
let digests: Promise<{ date: string; papers: Paper[]; key: string }[]> | undefined;

export async function digestPaths(): Promise<
  { params: { date: string }; props: { papers: Paper[] }; cacheKey: string }[]
> {
  digests ??= loadSite().then((site) =>
    site.digests.map((digest) => {
      const papers = papersOf(site, digest.ids);
      return { date: digest.date, papers, key: fingerprint([digest.date, papers]) };
    }),
  );
  // New objects for each route: Astro keeps what getStaticPaths returns.
  return (await digests).map(({ date, papers, key }) => ({
    params: { date },
    props: { papers },
    cacheKey: key,
  }));
}
