/**
 * The files of a built site with their sizes: what the build reports when it is done and what the site
 * benchmark weighs. A synchronous walk: 0.14 s for the 13,134 files of a 10,000-paper site, as long as
 * `du` takes (the time is the system's), where `readdir` with `recursive` took 0.7 s.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** One file of the site: its path under the site's folder (`/`-separated), its full path, its size in bytes. */
export interface DistFile {
  path: string;
  absolute: string;
  size: number;
}

/** Every file under `dir` (symbolic links are not followed), in no particular order. */
export function distFiles(dir: string): DistFile[] {
  const files: DistFile[] = [];
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const absolute = join(folder, entry.name);
      const path = `${prefix}${entry.name}`;
      if (entry.isDirectory()) walk(absolute, `${path}/`);
      else if (entry.isFile()) files.push({ path, absolute, size: statSync(absolute).size });
    }
  };
  walk(dir, '');
  return files;
}

/** How many files the site under `dir` holds and how many bytes they make. */
export function distSize(dir: string): { files: number; bytes: number } {
  const files = distFiles(dir);
  return { files: files.length, bytes: files.reduce((sum, file) => sum + file.size, 0) };
}
