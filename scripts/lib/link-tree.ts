/**
 * A folder's files placed below another by hard links, or copied where links cannot be made (another
 * filesystem): the site takes the search index's files from Astro's cache without writing them again.
 */
import { copyFile, link, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Places every file below `from` at the same path below `to`, skipping the files and folders `skip` names. */
export async function linkTree(from: string, to: string, skip: (name: string) => boolean): Promise<void> {
  await mkdir(to, { recursive: true });
  const entries = (await readdir(from, { withFileTypes: true })).filter((entry) => !skip(entry.name));
  await Promise.all(
    entries.map((entry) => {
      const [source, target] = [join(from, entry.name), join(to, entry.name)];
      return entry.isDirectory() ? linkTree(source, target, skip) : linkFile(source, target);
    }),
  );
}

async function linkFile(source: string, target: string): Promise<void> {
  try {
    await link(source, target);
  } catch (error) {
    if (!copyInstead(error)) throw error;
    await copyFile(source, target);
  }
}

/** Whether a failed hard link is one a copy can stand in for. */
export function copyInstead(error: unknown): boolean {
  // Another filesystem, or one without hard links (or out of them for this file).
  return ['EXDEV', 'EPERM', 'ENOTSUP', 'ENOSYS', 'EMLINK'].includes(
    (error as NodeJS.ErrnoException).code ?? '',
  );
}
