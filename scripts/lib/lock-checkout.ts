/**
 * One build at a time in a checkout: two would share the project's `.astro/` and Astro's cache, and one
 * would publish the other's search index. The lock is a file holding the builder's pid, taken over when
 * that process is gone (a build that was killed).
 */
import { readFileSync, rmSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

/** How often a waiting build looks at the lock again, milliseconds. */
const POLL_MS = 200;

/**
 * Takes the lock in `file`, waiting while another live process holds it (`onWait` is told its pid once).
 * Resolves to the release, which is also run when this process exits.
 */
export async function lockCheckout(file: string, onWait: (pid: number) => void): Promise<() => void> {
  let told = false;
  for (;;) {
    const taken = await writeFile(file, String(process.pid), { flag: 'wx' }).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'EEXIST') return false;
        throw error;
      },
    );
    if (taken) break;
    const holder = Number(await readFile(file, 'utf8').catch(() => ''));
    if (!isAlive(holder)) {
      // Read again so that a lock just taken by another waiter is not removed from under it.
      if (Number(await readFile(file, 'utf8').catch(() => '')) === holder) await rm(file, { force: true });
      continue;
    }
    if (!told) onWait(holder);
    told = true;
    await sleep(POLL_MS);
  }
  const release = () => {
    process.off('exit', release);
    if (holderOf(file) === process.pid) rmSync(file, { force: true });
  };
  process.on('exit', release);
  return release;
}

/** The pid in the lock file, or NaN when there is none. */
function holderOf(file: string): number {
  try {
    return Number(readFileSync(file, 'utf8'));
  } catch {
    return NaN;
  }
}

/** Whether a process with this pid runs (an empty or garbled lock file counts as no holder). */
function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
