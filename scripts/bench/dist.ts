/**
 * What a build left in its output folder: files, bytes (in all and per top-level folder), HTML pages,
 * and the heaviest page by each budget (JavaScript, CSS, HTML, papers listed; see `page-weight.ts`).
 */
import { readFile } from 'node:fs/promises';
import { distFiles } from '../lib/dist-files.ts';
import { distReader, pageWeight, type PageWeight } from '../lib/page-weight.ts';

/** The figures of one output folder. */
export interface DistFigures {
  files: number;
  bytes: number;
  /** Bytes per top-level entry (`papers`, `pagefind`, `filter`…), largest first. */
  folders: [name: string, bytes: number][];
  htmlPages: number;
  /** The page with the largest value of each budget, and that value. */
  heaviest: Record<'js' | 'css' | 'html' | 'papers', { page: string; value: number }>;
  /** The home page's weight. */
  home: PageWeight | undefined;
}

/** Walks `dist` (served under `base`) and weighs every HTML page. */
export async function measureDist(dist: string, base: string): Promise<DistFigures> {
  const files = distFiles(dist);
  const folders = new Map<string, number>();
  let bytes = 0;
  const heaviest: DistFigures['heaviest'] = {
    js: { page: '', value: 0 },
    css: { page: '', value: 0 },
    html: { page: '', value: 0 },
    papers: { page: '', value: 0 },
  };
  let home: PageWeight | undefined;
  const read = distReader(dist, base);
  for (const { path, absolute, size } of files) {
    const top = path.includes('/') ? `${path.slice(0, path.indexOf('/'))}/` : path;
    folders.set(top, (folders.get(top) ?? 0) + size);
    bytes += size;
    if (!path.endsWith('.html')) continue;
    const weight = await pageWeight(
      await readFile(absolute, 'utf8'),
      `${base}${path.replace(/index\.html$/, '')}`,
      read,
    );
    if (path === 'index.html') home = weight;
    for (const key of ['js', 'css', 'html', 'papers'] as const) {
      if (weight[key] > heaviest[key].value) heaviest[key] = { page: path, value: weight[key] };
    }
  }
  return {
    files: files.length,
    bytes,
    folders: [...folders].sort((a, b) => b[1] - a[1]),
    htmlPages: files.filter((file) => file.path.endsWith('.html')).length,
    heaviest,
    home,
  };
}
