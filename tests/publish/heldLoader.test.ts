/**
 * The content loader `npm run build` holds back while it parses (`src/lib/heldLoader.ts`): it loads only
 * once the build's line arrives on Astro's standard input, and never when the build stops first.
 */
import { PassThrough, Readable } from 'node:stream';
import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { heldUntil, lineFrom, RECORDS_READY } from '../../src/lib/heldLoader.ts';

/** Whether `promise` has settled after the pending callbacks ran. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

describe('lineFrom', () => {
  it('resolves once the whole line has arrived, however the input is cut into chunks', async () => {
    const input = new PassThrough();
    const ready = lineFrom(input, RECORDS_READY);
    input.write('records re');
    expect(await settled(ready)).toBe(false);
    input.write(Buffer.from('ady'));
    expect(await settled(ready)).toBe(false); // Not a whole line yet: it could go on.
    input.write('\n');
    await expect(ready).resolves.toBeUndefined();
  });

  it('skips other lines and does not take a longer line for it', async () => {
    await expect(
      lineFrom(Readable.from(['hello\nrecords ready!\n', 'records ready\n']), RECORDS_READY),
    ).resolves.toBeUndefined();
    await expect(lineFrom(Readable.from(['records ready!\n']), RECORDS_READY)).rejects.toThrow(/stopped/);
  });

  it('rejects, naming the line it waited for, when the input ends first (the build stopped)', async () => {
    await expect(lineFrom(Readable.from([]), RECORDS_READY)).rejects.toThrow(
      'the build stopped before its records were written (no "records ready" line on standard input)',
    );
    await expect(lineFrom(Readable.from(['records ready']), RECORDS_READY)).rejects.toThrow(/stopped/);
  });
});

describe('heldUntil', () => {
  /** A loader that records when it loads. */
  function recording(): { loader: Loader; loads: LoaderContext[] } {
    const loads: LoaderContext[] = [];
    return { loads, loader: { name: 'file-loader', load: async (context) => void loads.push(context) } };
  }
  const context = { collection: 'papers' } as LoaderContext;

  it('keeps the name and loads with the same context, only once it is told to', async () => {
    const { loader, loads } = recording();
    const input = new PassThrough();
    const held = heldUntil(() => lineFrom(input, RECORDS_READY), loader);
    expect(held.name).toBe('file-loader');
    const loading = held.load(context);
    expect(await settled(loading)).toBe(false);
    expect(loads).toEqual([]);
    input.end(`${RECORDS_READY}\n`);
    await loading;
    expect(loads).toEqual([context]);
  });

  it('waits for the line once: a second load (Astro syncing again) loads at once', async () => {
    const { loader, loads } = recording();
    let asked = 0;
    const held = heldUntil(() => {
      asked++;
      return lineFrom(Readable.from([`${RECORDS_READY}\n`]), RECORDS_READY);
    }, loader);
    await held.load(context);
    await held.load(context);
    expect(asked).toBe(1);
    expect(loads).toEqual([context, context]);
  });

  it('never loads when the build stops first, and fails with its reason', async () => {
    const { loader, loads } = recording();
    const held = heldUntil(() => lineFrom(Readable.from([]), RECORDS_READY), loader);
    await expect(held.load(context)).rejects.toThrow(/the build stopped/);
    expect(loads).toEqual([]);
  });
});
