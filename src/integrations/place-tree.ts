/**
 * A folder's files placed below another by hard links (copied where links cannot be made), none over a file
 * already there. A page placed so shares its bytes with the folder it came from: it must be unlinked, not
 * written over, to change it (`reuse-pages.ts` does so before Astro renders it again).
 */
import { constants, copyFileSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { copyInstead } from '../../scripts/lib/link-tree.ts';

/** The paths of the files below `dir`, relative to it; none when `dir` does not exist. */
export function filesBelow(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/**
 * Places every file below `from` at the same path below `to`, but those `skip` names and those `to` already
 * has; returns the paths (relative to both) it placed. A missing `from` places nothing.
 */
export function placeTree(from: string, to: string, skip: (path: string) => boolean = () => false): string[] {
  const made = new Set<string>();
  const placed: string[] = [];
  for (const path of filesBelow(from)) {
    if (skip(path)) continue;
    const target = join(to, path);
    const folder = dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    try {
      placeFile(join(from, path), target);
      placed.push(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return placed;
}

/** Links `target` to `source`, or copies it where a link cannot be made; throws EEXIST when `target` exists. */
function placeFile(source: string, target: string): void {
  try {
    linkSync(source, target);
  } catch (error) {
    if (!copyInstead(error)) throw error;
    copyFileSync(source, target, constants.COPYFILE_EXCL);
  }
}
