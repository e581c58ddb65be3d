/**
 * A folder's files copied below another, none over a file already there. Copies, not hard links (as
 * `linkTree` makes): Astro rewrites a page it renders again in place, which would change every linked copy.
 */
import { constants, copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

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
 * Copies every file below `from` to the same path below `to`, but those `skip` names and those `to` already
 * has; returns the paths (relative to both) it copied. A missing `from` copies nothing.
 */
export function copyTree(from: string, to: string, skip: (path: string) => boolean = () => false): string[] {
  const made = new Set<string>();
  const copied: string[] = [];
  for (const path of filesBelow(from)) {
    if (skip(path)) continue;
    const target = join(to, path);
    const folder = dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    try {
      copyFileSync(join(from, path), target, constants.COPYFILE_EXCL);
      copied.push(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return copied;
}
