/**
 * The framework's floor: a bare Astro project that renders `pages` trivial pages, written into a folder of
 * its own. It borrows this repository's `node_modules` through a symlink (no package.json, no install), has
 * the same URL settings as the site (`trailingSlash: 'always'`, directory format), and nothing else: no
 * content collection, no layout, no CSS, no integration. What our build costs beyond it is ours.
 */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

// Its own Vite cache: sharing the repository's would make the site's next build optimize its dependencies again.
const CONFIG = `export default {
  site: 'http://localhost/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  vite: { cacheDir: '.vite' },
};
`;

const PAGE = `---
export function getStaticPaths() {
  return Array.from({ length: Number(process.env.FLOOR_PAGES) }, (_, n) => ({ params: { n: String(n) } }));
}
const { n } = Astro.params;
---

<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Page {n}</title></head>
  <body><h1>Page {n}</h1><p>A trivial page.</p></body>
</html>
`;

/** Writes the floor project into `dir` (which must not exist yet); `FLOOR_PAGES` sets its page count. */
export async function writeFloorProject(dir: string, nodeModules: string): Promise<void> {
  await mkdir(join(dir, 'src/pages/p'), { recursive: true });
  await symlink(nodeModules, join(dir, 'node_modules'), 'dir');
  await writeFile(join(dir, 'astro.config.mjs'), CONFIG);
  await writeFile(join(dir, 'src/pages/p/[n].astro'), PAGE);
}
