/**
 * The files of a built site with their sizes: what the build reports when it is done and what the site
 * benchmark weighs.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** One file of the site: its path under the site's folder (`/`-separated) and its size in bytes. */
export interface DistFile {
  path: string;
  absolute: string;
  size: number;
}

/** Every file under `dir`, in no particular order. */
export async function distFiles(dir: string): Promise<DistFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return Promise.all(
    files.map(async (absolute) => ({
      path: relative(dir, absolute).split(sep).join('/'),
      absolute,
      size: (await stat(absolute)).size,
    })),
  );
}
