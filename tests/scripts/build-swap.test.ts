/**
 * The swap of a finished site into place (`scripts/lib/swap-site.ts`): the output folder always holds a
 * whole site, a build killed between the two renames is undone by the next one, and a full disk fails
 * the swap without touching the previous site.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { explainError } from '../../scripts/lib/explain-error.ts';
import {
  discardInBackground,
  recoverSite,
  removeDiscarded,
  discardedSites,
  stagingPaths,
  swapInto,
  type SwapFs,
} from '../../scripts/lib/swap-site.ts';

let work: string;
let outDir: string;
let staging: string;
let previous: string;

/** A folder holding one `index.html` that says `title`. */
function site(dir: string, title: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), `<title>${title}</title>`);
}

const titleIn = (dir: string) => readFileSync(join(dir, 'index.html'), 'utf8');

/** An error as Node's fs gives it for a full disk. */
function enospc(path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), {
    code: 'ENOSPC',
    errno: -28,
    syscall: 'write',
    path,
  });
}

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'paper-digest-swap-'));
  outDir = join(work, 'dist');
  ({ staging, previous } = stagingPaths(outDir));
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('stagingPaths', () => {
  it('puts hidden .tmp siblings next to the output folder', () => {
    expect(stagingPaths('/w/site/dist')).toEqual({
      staging: '/w/site/.dist.tmp',
      previous: '/w/site/.dist.old.tmp',
    });
    expect(stagingPaths('/w/out/')).toEqual({ staging: '/w/.out.tmp', previous: '/w/.out.old.tmp' });
  });
});

describe('swapInto', () => {
  it('replaces the previous site and leaves neither sibling behind', async () => {
    site(outDir, 'old');
    site(staging, 'new');
    await swapInto(staging, outDir);
    expect(titleIn(outDir)).toBe('<title>new</title>');
    expect(readdirSync(work)).toEqual(['dist']);
  });

  it('hands the previous site to `discard` once the new one is in place, and nothing without one', async () => {
    const discarded: string[] = [];
    const discard = (path: string) => {
      discarded.push(titleIn(path));
      return fs.rm(path, { recursive: true, force: true });
    };
    site(staging, 'first');
    await swapInto(staging, outDir, fs, discard);
    site(staging, 'second');
    await swapInto(staging, outDir, fs, discard);
    expect(discarded).toEqual(['<title>first</title>']);
    expect(titleIn(outDir)).toBe('<title>second</title>');
    expect(readdirSync(work)).toEqual(['dist']);
  });

  it('copies a site built elsewhere (another filesystem) next to the output folder first', async () => {
    const elsewhere = join(work, 'elsewhere');
    site(elsewhere, 'new');
    await swapInto(elsewhere, join(work, 'out', 'dist'));
    expect(titleIn(join(work, 'out', 'dist'))).toBe('<title>new</title>');
    expect(readdirSync(join(work, 'out'))).toEqual(['dist']);
  });

  it('leaves the previous site in place when the disk fills up while copying the new one', async () => {
    site(outDir, 'old');
    const elsewhere = join(work, 'elsewhere');
    site(elsewhere, 'new');
    const full: SwapFs = { ...fs, cp: (_from, to) => Promise.reject(enospc(String(to))) };
    const failure = await swapInto(elsewhere, outDir, full).catch((error: unknown) => error);
    expect((failure as NodeJS.ErrnoException).code).toBe('ENOSPC');
    expect(titleIn(outDir)).toBe('<title>old</title>');
    // What the build prints for it: one line, no stack, no errno.
    expect(explainError(failure)).toBe(
      'no space left on the device: free some space (or pass --out-dir on another disk) and build again',
    );
  });

  it('puts the previous site back when the new one cannot be moved into place', async () => {
    site(outDir, 'old');
    site(staging, 'new');
    const failing: SwapFs = {
      ...fs,
      rename: (from, to) =>
        from === staging ? Promise.reject(new Error('EIO: i/o error')) : fs.rename(from, to),
    };
    await expect(swapInto(staging, outDir, failing)).rejects.toThrow('EIO');
    expect(titleIn(outDir)).toBe('<title>old</title>');
    expect(existsSync(previous)).toBe(false);
  });
});

describe('recoverSite', () => {
  it('puts back the previous site when a build was killed between the two renames', async () => {
    site(previous, 'old');
    site(staging, 'new, never swapped in');
    expect(await recoverSite(outDir, [staging])).toBe(true);
    expect(titleIn(outDir)).toBe('<title>old</title>');
    expect(readdirSync(work)).toEqual(['dist']);
  });

  it('keeps the new site when a build was killed after it was in place, removing the old one', async () => {
    site(outDir, 'new');
    site(previous, 'old');
    expect(await recoverSite(outDir, [staging])).toBe(false);
    expect(titleIn(outDir)).toBe('<title>new</title>');
    expect(readdirSync(work)).toEqual(['dist']);
  });

  it('removes a half-built staging folder and leaves the site alone', async () => {
    site(outDir, 'old');
    site(staging, 'half');
    const local = join(work, 'local-staging');
    site(local, 'half');
    expect(await recoverSite(outDir, [staging, local])).toBe(false);
    expect(titleIn(outDir)).toBe('<title>old</title>');
    expect(readdirSync(work)).toEqual(['dist']);
  });
});

describe('explainError', () => {
  it('gives the first line of any other error, and a thrown string as it is', () => {
    expect(explainError(new Error('first\n    at somewhere'))).toBe('first');
    expect(explainError('plain')).toBe('plain');
  });
});

describe('discardInBackground', () => {
  it('moves the replaced site aside at once, and a process of its own deletes it', async () => {
    site(previous, 'old');
    site(outDir, 'new');
    await discardInBackground(previous, outDir);
    const left = readdirSync(work).filter((name) => name !== 'dist');
    expect(left).toEqual([expect.stringMatching(/^\.dist\.trash-\d+-\d+\.tmp$/)]);
    await expect.poll(() => readdirSync(work), { timeout: 10_000 }).toEqual(['dist']);
    expect(titleIn(outDir)).toBe('<title>new</title>');
  });

  it('leaves nothing that the next build does not remove, should its process be killed', async () => {
    site(outDir, 'new');
    site(join(work, '.dist.trash-1-2.tmp'), 'old');
    site(join(work, '.other.trash-1-2.tmp'), 'not this site');
    expect(await discardedSites(outDir)).toEqual([join(work, '.dist.trash-1-2.tmp')]);
    await removeDiscarded(outDir);
    await expect
      .poll(() => readdirSync(work).sort(), { timeout: 10_000 })
      .toEqual(['.other.trash-1-2.tmp', 'dist']);
  });
});
