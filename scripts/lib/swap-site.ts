/**
 * The site is built in a hidden sibling of the output folder and swapped into place by two renames, so that
 * the output folder always holds a whole site: the previous one until the new one is complete. A build
 * killed between the two renames leaves the previous site in `previous`, and the next build puts it back.
 */
import { existsSync } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file operations the swap needs, replaceable to inject failures (a full disk) in tests. */
export type SwapFs = Pick<typeof nodeFs, 'cp' | 'mkdir' | 'rename' | 'rm'>;

/**
 * Siblings of the output folder used while building: `staging` receives the new site, `previous` holds the
 * old one for the moment of the swap. Both are hidden and end in `.tmp` (git-ignored).
 */
export function stagingPaths(outDir: string): { staging: string; previous: string } {
  const parent = dirname(outDir);
  const name = basename(outDir);
  return { staging: join(parent, `.${name}.tmp`), previous: join(parent, `.${name}.old.tmp`) };
}

/**
 * Undoes what an interrupted build left: the previous site is put back if the swap had moved it aside,
 * the staging folders are removed. Resolves to whether the previous site was put back.
 */
export async function recoverSite(
  outDir: string,
  temporary: readonly string[],
  fs: SwapFs = nodeFs,
): Promise<boolean> {
  const { previous } = stagingPaths(outDir);
  const restore = !existsSync(outDir) && existsSync(previous);
  if (restore) await fs.rename(previous, outDir);
  for (const path of [...temporary, previous]) await fs.rm(path, { recursive: true, force: true });
  return restore;
}

/**
 * Moves the finished site `built` to `outDir`, replacing the previous one. `built` is copied next to
 * `outDir` first when it was built on another filesystem (a rename cannot cross it). If anything fails
 * the previous site stays in place.
 */
export async function swapInto(built: string, outDir: string, fs: SwapFs = nodeFs): Promise<void> {
  const { staging, previous } = stagingPaths(outDir);
  await fs.mkdir(dirname(outDir), { recursive: true });
  if (built !== staging) await fs.cp(built, staging, { recursive: true });
  const hadPrevious = existsSync(outDir);
  if (hadPrevious) await fs.rename(outDir, previous);
  try {
    await fs.rename(staging, outDir);
  } catch (error) {
    if (hadPrevious) await fs.rename(previous, outDir);
    throw error;
  }
  await fs.rm(previous, { recursive: true, force: true });
}
