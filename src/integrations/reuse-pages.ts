/**
 * Puts the pages the last build left in Astro's incremental cache into the output folder while Astro starts,
 * copied by a worker thread, so that Astro finds each unchanged page already in place (its log marks it
 * "cached") instead of copying them one at a time while it renders. A page Astro renders again overwrites its
 * copy; once the build is done, the copies of pages it no longer makes are removed.
 */
import { existsSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inThread } from './in-thread.ts';
import { holdPages, releasePages } from '../lib/site/pages-gate.ts';
import { formatSeconds as seconds } from '../../scripts/lib/format-units.ts';

/** Copies the cache's pages (`copyTree`) in a thread of its own. */
const WORKER = new URL('./reuse-pages-worker.ts', import.meta.url);

export function reusePages(): AstroIntegration {
  let copying: Promise<string[]> | undefined;
  let outDir = '';
  let cachedPages = '';
  let took = 0;
  return {
    name: 'paper-digest:reuse-pages',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        releasePages();
        copying = undefined;
        if (command !== 'build') return;
        outDir = fileURLToPath(config.outDir);
        cachedPages = fileURLToPath(new URL('dist/', config.cacheDir));
        // Astro refuses such a folder only after this hook, which empties it.
        const project = relative(outDir, fileURLToPath(config.root));
        if (!project.startsWith('..') && !isAbsolute(project))
          throw new Error(`the output folder ${outDir} holds the project itself; build into another one`);
        // Astro would empty the output folder once the copies are under way: it is emptied here, before them.
        updateConfig({ vite: { build: { emptyOutDir: false } } });
        emptyFolder(outDir);
        const start = performance.now();
        // Vite copies the public folder's files at the same time: those paths are left to it.
        const besides = fileURLToPath(config.publicDir);
        copying = inThread<string[]>(WORKER, { from: cachedPages, to: outDir, besides }, 'reuse-pages').then(
          (copied) => {
            took = performance.now() - start;
            return copied;
          },
        );
        holdPages(copying);
      },
      'astro:build:done': async ({ assets, logger }) => {
        releasePages();
        if (!copying) return;
        const copied = await copying;
        const made = new Set([...assets.values()].flat().map((url) => relative(outDir, fileURLToPath(url))));
        // A copy no route made this time is an old page's. Astro keeps it in its cache after a build that
        // rendered everything (new code or settings), so it is removed there too.
        const stale = copied.filter((path) => !made.has(path));
        for (const path of stale) {
          removeWithEmptyFolders(outDir, path);
          removeWithEmptyFolders(cachedPages, path);
        }
        logger.info(
          `${copied.length} page(s) of the last build put in place while Astro started (${seconds(took)}), ` +
            `${stale.length} it no longer makes removed`,
        );
      },
    },
  };
}

/** Removes everything in `dir` (if it exists) but a `.git` folder. */
function emptyFolder(dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (name !== '.git') rmSync(join(dir, name), { recursive: true, force: true });
  }
}

/** Removes the file at `path` below `root` (if there), then each folder above it left empty, up to `root`. */
function removeWithEmptyFolders(root: string, path: string): void {
  rmSync(join(root, path), { force: true });
  for (let folder = dirname(path); folder !== '.'; folder = dirname(folder)) {
    try {
      rmdirSync(join(root, folder));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOTEMPTY' || code === 'EEXIST') return;
      if (code !== 'ENOENT') throw error;
    }
  }
}
