import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkTree } from '../../scripts/lib/link-tree.ts';

let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'link-tree-'));
  await mkdir(join(work, 'from/index/deep'), { recursive: true });
  await mkdir(join(work, 'from/unused'), { recursive: true });
  await writeFile(join(work, 'from/entry.json'), '{"a":1}');
  await writeFile(join(work, 'from/index/deep/chunk.pf'), 'chunk');
  await writeFile(join(work, 'from/unused/file'), 'no');
  await writeFile(join(work, 'from/ui.js'), 'no');
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('linkTree', () => {
  it('places every file at its path below the target, as a link to the same file, skipping what it is told', async () => {
    const to = join(work, 'site/pagefind');
    await linkTree(join(work, 'from'), to, (name) => name === 'unused' || name.endsWith('.js'));
    expect(await readFile(join(to, 'entry.json'), 'utf8')).toBe('{"a":1}');
    expect(await readFile(join(to, 'index/deep/chunk.pf'), 'utf8')).toBe('chunk');
    const [source, placed] = await Promise.all([
      stat(join(work, 'from/index/deep/chunk.pf')),
      stat(join(to, 'index/deep/chunk.pf')),
    ]);
    expect(placed.ino).toBe(source.ino);
    await expect(stat(join(to, 'unused'))).rejects.toThrow('ENOENT');
    await expect(stat(join(to, 'ui.js'))).rejects.toThrow('ENOENT');
  });

  it('fails on a file already at the target instead of replacing it', async () => {
    const to = join(work, 'taken');
    await mkdir(to);
    await writeFile(join(to, 'entry.json'), 'mine');
    await expect(linkTree(join(work, 'from'), to, () => false)).rejects.toThrow('EEXIST');
    expect(await readFile(join(to, 'entry.json'), 'utf8')).toBe('mine');
  });
});
