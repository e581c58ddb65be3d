/**
 * Static paths of the per-digest files (`digests/<date>.json`, `digests/<date>/feed.xml`): one per dump,
 * each with the papers it holds.
 */
import type { Paper } from '../../schemas/paper.ts';
import { loadSite, papersOf } from './load-site.ts';

export async function digestPaths(): Promise<{ params: { date: string }; props: { papers: Paper[] } }[]> {
  const site = await loadSite();
  return site.digests.map((digest) => ({
    params: { date: digest.date },
    props: { papers: papersOf(site, digest.ids) },
  }));
}
