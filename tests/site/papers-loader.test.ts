/**
 * The papers collection's loader validates a record against the schema only when it is new, changed, or the
 * schema's code changed since the store was written; it drops the records the parser no longer writes.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { papersLoader } from '../../src/integrations/papers-loader.ts';
import { PaperSchema, type Paper } from '../../src/schemas/paper.ts';
import { seedPapers } from '../support/seed.ts';

interface Entry {
  id: string;
  data: Record<string, unknown>;
  digest?: string | undefined;
}

/** A content store kept between loads, as Astro keeps it between builds, and the ids each load validated. */
function storeAndContext() {
  const entries = new Map<string, Entry>();
  const validated: string[][] = [];
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: Entry) => void entries.set(entry.id, entry),
    keys: () => [...entries.keys()],
    delete: (id: string) => void entries.delete(id),
  };
  const context = (): LoaderContext => {
    const ids: string[] = [];
    validated.push(ids);
    return {
      store,
      parseData: ({ id, data }: { id: string; data: unknown }) => {
        ids.push(id);
        return Promise.resolve(PaperSchema.parse(data));
      },
      generateDigest: (text: string) => createHash('sha256').update(text).digest('hex'),
    } as unknown as LoaderContext;
  };
  return { entries, validated, context };
}

let work: string;
let file: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'papers-loader-'));
  file = join(work, 'papers.json');
});
afterAll(() => rm(work, { recursive: true, force: true }));

const write = (papers: readonly Paper[]) => writeFile(file, JSON.stringify(papers));

describe('papersLoader', () => {
  it('validates every record at first, then only the new and changed ones, and drops the gone ones', async () => {
    const { entries, validated, context } = storeAndContext();
    const [first, second, third, ...rest] = seedPapers;
    await write([first!, second!, ...rest]);
    await papersLoader(file, 'v1').load(context());
    expect(validated[0]).toHaveLength(seedPapers.length - 1);
    expect(entries.get(second!.id)?.data).toEqual(PaperSchema.parse(second));

    await papersLoader(file, 'v1').load(context());
    expect(validated[1]).toEqual([]);
    expect(entries.size).toBe(seedPapers.length - 1);

    const retitled = { ...second!, title: 'A new title' };
    await write([retitled, third!, ...rest]);
    await papersLoader(file, 'v1').load(context());
    expect(validated[2]).toEqual([second!.id, third!.id]);
    expect(entries.get(second!.id)?.data['title']).toBe('A new title');
    expect(entries.has(first!.id)).toBe(false);
    expect(entries.size).toBe(seedPapers.length - 1);
  });

  it('validates every record again when the schema changed', async () => {
    const { validated, context } = storeAndContext();
    await write(seedPapers);
    await papersLoader(file, 'v1').load(context());
    await papersLoader(file, 'v2').load(context());
    expect(validated[1]).toHaveLength(seedPapers.length);
  });

  it("fails with the schema's error on an invalid record, and names the file when it holds no records", async () => {
    const { context } = storeAndContext();
    await write([{ ...seedPapers[0]!, upvotes: -1 }]);
    await expect(papersLoader(file, 'v1').load(context())).rejects.toThrow(/upvotes/);
    await writeFile(file, '{"papers": []}');
    await expect(papersLoader(file, 'v1').load(context())).rejects.toThrow(
      `${file}: not an array of paper records with ids`,
    );
  });
});
