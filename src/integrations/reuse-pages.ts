/**
 * Puts the pages the last build left in Astro's incremental cache into the output folder while Astro starts,
 * copied by a worker thread, so that Astro finds each unchanged page already in place (its log says
 * "cached") instead of copying them one at a time while it renders. A page Astro renders again overwrites its
 * copy; once the build is done, the copies of pages it no longer makes are removed.
 */
import { existsSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inThread } from './in-thread.ts';
import { holdPages, releasePages } from '../lib/site/pages-gate.ts';
import { formatSeconds as seconds } from '../../scripts/lib/format-units.ts';

/** Copies the cache's pages (`copyTree`) in a thread of its own. */
const WORKER = new URL('./reuse-pages-worker.ts', import.meta.url);

export function reusePages(): AstroIntegration {
  let copying: Promise<string[]> | undefined;
  let [outDir, publicDir, took] = ['', '', 0];
  return {
    name: 'paper-digest:reuse-pages',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        releasePages();
        copying = undefined;
        if (command !== 'build') return;
        [outDir, publicDir] = [fileURLToPath(config.outDir), fileURLToPath(config.publicDir)];
        // Astro would empty the output folder once the copies are under way: it is emptied here, before them.
        updateConfig({ vite: { build: { emptyOutDir: false } } });
        emptyFolder(outDir);
        const start = performance.now();
        copying = inThread<string[]>(
          WORKER,
          { from: fileURLToPath(new URL('dist/', config.cacheDir)), to: outDir },
          'reuse-pages',
        ).then((copied) => {
          took = performance.now() - start;
          return copied;
        });
        holdPages(copying);
      },
      'astro:build:done': async ({ assets, logger }) => {
        releasePages();
        if (!copying) return;
        const copied = await copying;
        const made = new Set([...assets.values()].flat().map((url) => relative(outDir, fileURLToPath(url))));
        // A copy that no page made this time is an old page's, unless the public folder now has a file there.
        const stale = copied.filter((path) => !made.has(path) && !existsSync(join(publicDir, path)));
        for (const path of stale) removeWithEmptyFolders(outDir, path);
        logger.info(
          `${copied.length} page(s) of the last build put in place while Astro started (${seconds(took)}), ` +
            `${stale.length} it no longer makes removed`,
        );
      },
    },
  };
}

/** Removes everything in `dir` (if it exists) but a `.git` folder, as Astro does. */
function emptyFolder(dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (name !== '.git') rmSync(join(dir, name), { recursive: true, force: true });
  }
}

/** Removes the file at `path` below `root`, then each folder above it that this leaves empty, up to `root`. */
function removeWithEmptyFolders(root: string, path: string): void {
  rmSync(join(root, path), { force: true });
  for (let folder = dirname(path); folder !== '.'; folder = dirname(folder)) {
    if (readdirSync(join(root, folder)).length > 0) return;
    rmdirSync(join(root, folder));
  }
}
