import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listDumps } from '../../scripts/lib/list-dumps.ts';

/** The folders made by `folder`, removed when the tests are done. */
const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

/** A dumps folder holding `names` (a name ending in `/` is a folder). */
async function folder(names: readonly string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dumps-'));
  made.push(dir);
  for (const name of names) {
    if (name.endsWith('/')) await mkdir(join(dir, name));
    else await writeFile(join(dir, name), 'x');
  }
  return dir;
}

describe('listDumps (the build command)', () => {
  it('lists the dumps in date order, hidden files aside', async () => {
    const dir = await folder(['2025-12-11.md', '.gitkeep', '2025-12-10.txt']);
    expect(await listDumps(dir)).toEqual([join(dir, '2025-12-10.txt'), join(dir, '2025-12-11.md')]);
  });

  it('refuses a folder that holds anything but dumps, naming it', async () => {
    for (const stray of ['2025-12-12.mhtml', 'old/']) {
      const dir = await folder(['2025-12-10.txt', stray]);
      expect(await listDumps(dir), stray).toBe(
        `${join(dir, stray.replace(/\/$/, ''))}: not a dump; a dumps folder holds only dumps, each named ` +
          'YYYY-MM-DD.txt, .md or .html: save the page in one of those forms (File → Save Page As…, "Web Page, ' +
          `HTML only"), or move this out of ${dir}/`,
      );
    }
  });
});
