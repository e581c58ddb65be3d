/**
 * The build runs the parser while Astro starts: what reads the records waits for the parser's promise
 * (`papers-written.ts`), and without one reads at once, as under `astro dev` or `astro build` alone.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as InThread from '../../src/integrations/in-thread.ts';
import { prepareInThreads } from '../../src/integrations/prepare.ts';
import { afterPapers, announcePapers, papersWritten } from '../../src/integrations/papers-written.ts';
import { seedPapers } from '../support/seed.ts';

/** The names of the threads `prepareInThreads` started, in the order it started them. */
const started: string[] = [];
vi.mock('../../src/integrations/in-thread.ts', async (actual) => {
  const { inThread } = await actual<typeof InThread>();
  return {
    inThread: (...args: Parameters<typeof inThread>) => {
      started.push(args[2]);
      return inThread(...args);
    },
  };
});

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'papers-written-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));
// Each test announces its own promise; none may be left to the next test or file.
afterEach(() => announcePapers(Promise.resolve()));

/** A promise and its resolver, for a parser that is still running. */
function parser(): { written: Promise<void>; finish: () => void } {
  let finish = () => {};
  const written = new Promise<void>((resolve) => (finish = resolve));
  return { written, finish };
}

/** Lets every callback queued so far run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('papersWritten', () => {
  it('resolves at once when no build announced a parser', async () => {
    await expect(papersWritten()).resolves.toBeUndefined();
  });

  it('resolves when the announced parser is done, not before', async () => {
    const { written, finish } = parser();
    announcePapers(written);
    let done = false;
    void papersWritten().then(() => (done = true));
    await settle();
    expect(done).toBe(false);
    finish();
    await settle();
    expect(done).toBe(true);
  });
});

describe('afterPapers (the content loader)', () => {
  it("calls the wrapped loader's load, with the same context, only once the parser is done", async () => {
    const calls: LoaderContext[] = [];
    const loader: Loader = { name: 'records', load: (context) => Promise.resolve(void calls.push(context)) };
    const { written, finish } = parser();
    announcePapers(written);
    const context = { collection: 'papers' } as LoaderContext;
    const wrapped = afterPapers(loader);
    const loading = wrapped.load(context);
    await settle();
    expect(calls).toEqual([]);
    finish();
    await loading;
    expect(calls).toEqual([context]);
    expect(wrapped.name).toBe('records');
  });
});

describe('prepareInThreads', () => {
  it('starts its threads only once the parser is done, and prepares the file written meanwhile', async () => {
    const papersFile = join(work, 'papers.json');
    const { written, finish } = parser();
    announcePapers(written);
    const offer = prepareInThreads(papersFile, join(work, 'texts.ndjson'));
    await settle();
    expect(started).toEqual([]);
    await writeFile(papersFile, JSON.stringify(seedPapers));
    finish();
    const [texts, neighbours] = await Promise.all([offer.texts, offer.neighbours]);
    expect(started.sort()).toEqual(['prepare neighbours', 'prepare texts']);
    expect(texts.size).toBe(seedPapers.length);
    expect(neighbours.size).toBe(seedPapers.length);
  });
});
