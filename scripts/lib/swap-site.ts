/**
 * The site is built in a hidden sibling of the output folder and swapped into place by two renames, so that
 * the output folder always holds a whole site: the previous one until the new one is complete. A build
 * killed between the two renames leaves the previous site in `previous`, and the next build puts it back.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import { readdir, stat } from 'node:fs/promises';
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

/** The hidden siblings of `outDir` that replaced sites wait in for their removal (`discardInBackground`). */
function trashOf(outDir: string): { dir: string; prefix: string } {
  return { dir: dirname(outDir), prefix: `.${basename(outDir)}.trash-` };
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
 * Hands the replaced sites still next to `outDir` (their removal was killed, or is still running) to a
 * removal in the background again, so that no build waits for an earlier one's.
 */
export async function removeDiscarded(outDir: string): Promise<void> {
  for (const path of await discardedSites(outDir)) removeInBackground(path);
}

/** The replaced sites next to `outDir` whose removal has not finished. */
export async function discardedSites(outDir: string): Promise<string[]> {
  const trash = trashOf(outDir);
  const names = await readdir(trash.dir).catch(() => []);
  return names.filter((name) => name.startsWith(trash.prefix)).map((name) => join(trash.dir, name));
}

/**
 * Removes the replaced site `path` without waiting: renamed to a hidden sibling at once, then deleted by a
 * process of its own that outlives the build (a large site's files take half a minute to delete). The next
 * build removes whatever such a process left (`removeDiscarded`).
 */
export async function discardInBackground(path: string, outDir: string, fs: SwapFs = nodeFs): Promise<void> {
  const trash = trashOf(outDir);
  const target = join(trash.dir, `${trash.prefix}${process.pid}-${Date.now()}.tmp`);
  await fs.rename(path, target);
  removeInBackground(target);
}

/** Deletes `path` in a detached process that outlives this one; a process that cannot start leaves it. */
function removeInBackground(path: string): void {
  const script = 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })';
  const child = spawn(process.execPath, ['-e', script, path], { detached: true, stdio: 'ignore' });
  child.on('error', () => undefined);
  child.unref();
}

/**
 * Moves the finished site `built` to `outDir`, replacing the previous one, which `discard` then removes
 * (by default at once). `built` is copied next to `outDir` first when it was built on another filesystem
 * (a rename cannot cross it). If anything fails the previous site stays in place.
 */
export async function swapInto(
  built: string,
  outDir: string,
  fs: SwapFs = nodeFs,
  discard: (previous: string) => Promise<void> = (path) => fs.rm(path, { recursive: true, force: true }),
): Promise<void> {
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
  if (hadPrevious) await discard(previous);
}

/**
 * Why the build must not replace `outDir`, or undefined when it may: it does not exist, is empty, or holds a
 * site this command built (its search index, `pagefind/pagefind-entry.json`). Anything else is someone's
 * files, which a mistyped `--out-dir src` would otherwise delete.
 */
export async function notASite(outDir: string): Promise<string | undefined> {
  const info = await stat(outDir).catch(() => undefined);
  if (!info) return undefined;
  if (!info.isDirectory()) return 'is a file: pass a folder for the site';
  if ((await readdir(outDir)).length === 0) return undefined;
  if (existsSync(join(outDir, 'pagefind/pagefind-entry.json'))) return undefined;
  return 'holds files that are not a site this command built, and building would replace them: pass a new or empty folder';
}

/** The device of `path`, or of its nearest existing ancestor. */
export async function deviceOf(path: string): Promise<number> {
  const info = await stat(path).catch(() => undefined);
  if (info) return info.dev;
  const parent = dirname(path);
  return parent === path ? -1 : deviceOf(parent);
}
