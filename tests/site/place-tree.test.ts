import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placeTree } from '../../src/integrations/place-tree.ts';

let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'place-tree-'));
  await mkdir(join(work, 'from/papers/a-paper'), { recursive: true });
  await mkdir(join(work, 'from/empty'), { recursive: true });
  await writeFile(join(work, 'from/papers/a-paper/index.html'), '<p>a paper</p>');
  await writeFile(join(work, 'from/digests.json'), '[]');
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('placeTree', () => {
  it('links every file at its path below the target, and names what it placed', async () => {
    const to = join(work, 'site');
    const placed = placeTree(join(work, 'from'), to);
    expect(placed.sort()).toEqual(['digests.json', join('papers', 'a-paper', 'index.html')]);
    expect(await readFile(join(to, 'papers/a-paper/index.html'), 'utf8')).toBe('<p>a paper</p>');
    const [source, link] = await Promise.all([
      stat(join(work, 'from/digests.json')),
      stat(join(to, 'digests.json')),
    ]);
    expect(link.ino).toBe(source.ino);
    await expect(stat(join(to, 'empty'))).rejects.toThrow('ENOENT');
  });

  it('leaves a file already at the target as it is, and does not name it', async () => {
    const to = join(work, 'taken');
    await mkdir(to);
    await writeFile(join(to, 'digests.json'), 'mine');
    expect(placeTree(join(work, 'from'), to)).toEqual([join('papers', 'a-paper', 'index.html')]);
    expect(await readFile(join(to, 'digests.json'), 'utf8')).toBe('mine');
  });

  it('leaves out the paths it is told to skip', async () => {
    const to = join(work, 'skipping');
    expect(placeTree(join(work, 'from'), to, (path) => path === 'digests.json')).toEqual([
      join('papers', 'a-paper', 'index.html'),
    ]);
    await expect(stat(join(to, 'digests.json'))).rejects.toThrow('ENOENT');
  });

  it('places nothing from a folder that does not exist', () => {
    expect(placeTree(join(work, 'missing'), join(work, 'nowhere'))).toEqual([]);
  });
});
