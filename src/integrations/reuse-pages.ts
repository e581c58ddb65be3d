/**
 * Puts the pages the last build left in Astro's incremental cache into the output folder while Astro starts,
 * as hard links made by a worker thread, so that Astro finds each unchanged page already in place (its log
 * marks it "cached") instead of placing them one at a time while it renders. Those links share their bytes
 * with the cache and, for the pages the last build found unchanged too, with the site being replaced: before
 * Astro renders such a page again, its links are removed, so that Astro writes new files instead of writing
 * into that site. Once the build is done, the pages it no longer makes are removed.
 */
import { existsSync, readdirSync, rmdirSync, rmSync, statSync, type Stats } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { inThread } from './in-thread.ts';
import { outputFile } from './output-file.ts';
import { papersWritten } from './papers-written.ts';
import { holdPages, releasePages } from '../lib/site/pages-gate.ts';
import { formatSeconds as seconds } from '../../scripts/lib/format-units.ts';

/** Places the cache's pages (`placeTree`) in a thread of its own. */
const WORKER = new URL('./reuse-pages-worker.ts', import.meta.url);

export function reusePages(): AstroIntegration {
  let placing: Promise<string[]> | undefined;
  let outDir = '';
  let cachedPages = '';
  let base = '/';
  let start = 0;
  let took = 0;
  return {
    name: 'paper-digest:reuse-pages',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        releasePages();
        placing = undefined;
        if (command !== 'build') return;
        // Where a rendered path is written is known for this format only (`output-file.ts`).
        if (config.build.format !== 'directory')
          throw new Error(`build.format '${config.build.format}': the pages are reused for 'directory' only`);
        outDir = fileURLToPath(config.outDir);
        cachedPages = fileURLToPath(new URL('dist/', config.cacheDir));
        base = config.base;
        // Astro refuses such a folder only after this hook, which empties it.
        const project = relative(outDir, fileURLToPath(config.root));
        if (!project.startsWith('..') && !isAbsolute(project))
          throw new Error(`the output folder ${outDir} holds the project itself; build into another one`);
        // Astro would empty the output folder once the links are under way: it is emptied here, before them,
        // once the parser is done, so that a bad dump leaves the folder as it was.
        updateConfig({ vite: { build: { emptyOutDir: false } } });
        // Vite copies the public folder's files at the same time: those paths are left to it.
        const besides = fileURLToPath(config.publicDir);
        placing = papersWritten()
          .then(() => {
            emptyFolder(outDir);
            start = Date.now();
            return inThread<string[]>(WORKER, { from: cachedPages, to: outDir, besides }, 'reuse-pages');
          })
          .then((placed) => {
            took = Date.now() - start;
            return placed;
          });
        holdPages(placing);
      },
      'astro:build:start': ({ setPrerenderer }) => {
        if (!placing) return;
        const placed = placing.then((paths) => new Set(paths));
        setPrerenderer((prerenderer) =>
          unlinkBeforeRendering(prerenderer, base, [outDir, cachedPages], placed),
        );
      },
      'astro:build:done': async ({ assets, logger }) => {
        releasePages();
        if (!placing) return;
        const placed = await placing;
        const through = writtenThroughLinks([outDir, cachedPages], placed, start);
        if (through.length > 0)
          throw new Error(
            `${through.length} page(s) were rendered into links the site being replaced shares, which changed ` +
              `it (first: ${through[0]}); the pages reused must be unlinked before rendering`,
          );
        const made = new Set([...assets.values()].flat().map((url) => relative(outDir, fileURLToPath(url))));
        // A page placed that no route made this time is an old one. Astro keeps it in its cache after a build
        // that rendered everything (new code or settings), so it is removed there too.
        const stale = placed.filter((path) => !made.has(path));
        for (const path of stale) {
          removeWithEmptyFolders(outDir, path);
          removeWithEmptyFolders(cachedPages, path);
        }
        logger.info(
          `${placed.length} page(s) of the last build put in place while Astro started (${seconds(took)}), ` +
            `${stale.length} it no longer makes removed`,
        );
      },
    },
  };
}

/**
 * Of the two files of a placed page, its file below the output folder and its copy in the cache, the stats of
 * those another site (the one being replaced) shares: those with more links than this build's own, two to one
 * file when the page was placed as a link to its copy, one to each when it was copied.
 */
function sharedFiles(files: readonly [string, string]): Stats[] {
  const found = files.flatMap((path) => statSync(path, { throwIfNoEntry: false }) ?? []);
  const [a, b] = found;
  const own = a && b && a.ino === b.ino && a.dev === b.dev ? 2 : 1;
  return found.filter((stats) => stats.nlink > own);
}

/**
 * `prerenderer`, which now unlinks the file a path is written to below `outDir` and its cached copy below
 * `cachedPages` before rendering it, when another site (the one being replaced) shares them: Astro writes
 * both in place. Written through this build's own links, they change nothing but the cache, which Astro then
 * writes with the same page. Only a `placed` page can be shared: the others are not looked at.
 */
function unlinkBeforeRendering(
  prerenderer: AstroPrerenderer,
  base: string,
  [outDir, cachedPages]: readonly [string, string],
  placed: Promise<ReadonlySet<string>>,
): AstroPrerenderer {
  const render = prerenderer.render.bind(prerenderer);
  // Changed in place: Astro's own prerenderer keeps its state on itself once set up.
  prerenderer.render = async (request, options) => {
    const file = outputFile(request.url, base, options.routeData);
    const files = [join(outDir, file), join(cachedPages, file)] as const;
    if ((await placed).has(file) && sharedFiles(files).length > 0)
      await Promise.all(files.map(unlinkIfThere));
    return render(request, options);
  };
  return prerenderer;
}

/**
 * Of the `placed` paths, those whose file below `outDir` or copy below `cachedPages` another site shares
 * (`sharedFiles`) but was written since `since` (a time in ms): a page written through a link, which changed
 * that site.
 */
function writtenThroughLinks(
  [outDir, cachedPages]: readonly [string, string],
  placed: readonly string[],
  since: number,
): string[] {
  return placed.filter((path) =>
    sharedFiles([join(outDir, path), join(cachedPages, path)]).some((stats) => stats.mtimeMs >= since),
  );
}

async function unlinkIfThere(path: string): Promise<void> {
  try {
    await unlink(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
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
