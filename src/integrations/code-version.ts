/** A fingerprint of the code a build's cached data was made with, for invalidating it. */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { filesBelow } from './place-tree.ts';

/**
 * The files at or below each of `paths` (folders or files), by path and contents: any change to them, a file
 * added or a dependency locked anew, changes it. Throws for a path that does not exist: moved code would
 * otherwise stop counting, and data made by older code would pass for current.
 */
export function codeVersion(paths: readonly string[]): string {
  const hash = createHash('sha256');
  for (const path of paths) {
    const stats = statSync(path, { throwIfNoEntry: false });
    if (!stats) throw new Error(`code version: ${path} is missing`);
    const files = stats.isFile()
      ? [path]
      : filesBelow(path)
          .map((file) => join(path, file))
          .sort();
    for (const file of files) hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
  }
  return hash.digest('base64url');
}
