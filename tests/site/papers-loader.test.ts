/**
 * The papers collection's loader validates a record against the schema only when it is new, changed, or the
 * schema's code changed since the store was written; it drops the records the parser no longer writes, loads
 * none before the parser has written any, and under the dev server loads the file again when it changes.
 */
import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { papersLoader } from '../../src/integrations/papers-loader.ts';
import { PaperSchema, type Paper } from '../../src/schemas/paper.ts';
import { seedPapers } from '../support/seed.ts';

interface Entry {
  id: string;
  data: Record<string, unknown>;
  digest?: string | undefined;
}

/**
 * A content store kept between loads, as Astro keeps it between builds, the ids each load validated, the
 * errors logged, and the dev server's file watcher.
 */
function storeAndContext() {
  const entries = new Map<string, Entry>();
  const validated: string[][] = [];
  const errors: string[] = [];
  const warnings: string[] = [];
  const watcher = Object.assign(new EventEmitter(), { add: () => undefined });
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
      config: { root: pathToFileURL(`${work}/`) },
      logger: {
        error: (message: string) => void errors.push(message),
        warn: (message: string) => void warnings.push(message),
      },
      watcher,
    } as unknown as LoaderContext;
  };
  return { entries, validated, errors, warnings, watcher, context };
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
    const problem = 'papers.json: not an array of paper records with ids';
    await expect(papersLoader(file, 'v1').load(context())).rejects.toThrow(problem);
    await writeFile(file, '[{"id": "a"');
    await expect(papersLoader('papers.json', 'v1').load(context())).rejects.toThrow(problem);
  });

  it('loads the file again when the watcher reports it changed, logging what is wrong with it', async () => {
    const { entries, errors, watcher, context } = storeAndContext();
    const [first, second] = seedPapers;
    await write([first!]);
    await papersLoader('papers.json', 'v1').load(context());
    await write([second!]);
    // Relative to the project's root in the configuration, reported by the watcher as an absolute path.
    watcher.emit('change', file);
    await vi.waitFor(() => expect([...entries.keys()]).toEqual([second!.id]));
    await writeFile(file, 'not json');
    watcher.emit('change', file);
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect([...entries.keys()]).toEqual([second!.id]);
    expect(errors[0]).toMatch(/^papers\.json: not an array of paper records/);
  });

  it('loads no papers and warns while the parser has not written the file, then loads it when written', async () => {
    const { entries, warnings, errors, watcher, context } = storeAndContext();
    await write(seedPapers);
    await papersLoader('papers.json', 'v1').load(context());
    await rm(file);
    await papersLoader('papers.json', 'v1').load(context());
    expect(entries.size).toBe(0);
    expect(warnings).toEqual(['papers.json: not found, so no papers are loaded; npm run parse writes it']);
    await write([seedPapers[0]!]);
    watcher.emit('add', file);
    await vi.waitFor(() => expect([...entries.keys()]).toEqual([seedPapers[0]!.id]));
    expect(errors).toEqual([]);
  });
});
