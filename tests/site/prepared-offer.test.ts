import { afterEach, describe, expect, it } from 'vitest';
import {
  offeredPrepared,
  offerPrepared,
  preparedTaken,
  withdrawPrepared,
} from '../../src/lib/site/prepared-offer.ts';
import type { Prepared } from '../../src/lib/site/prepared.ts';

const data: Prepared = { texts: new Map(), neighbours: new Map() };

afterEach(() => withdrawPrepared());

describe('the offer of prepared data', () => {
  it('hands the offered promise to whoever asks, and says whether the pages took it', async () => {
    expect(offeredPrepared()).toBeUndefined();
    offerPrepared(Promise.resolve(data));
    expect(await offeredPrepared()).toBe(data);
    expect(preparedTaken()).toBe(false);
    expect(await offeredPrepared(true)).toBe(data);
    expect(preparedTaken()).toBe(true);
  });

  it('is gone once withdrawn, and a new offer starts untaken', async () => {
    offerPrepared(Promise.resolve(data));
    void offeredPrepared(true);
    withdrawPrepared();
    expect(offeredPrepared()).toBeUndefined();
    expect(preparedTaken()).toBe(false);
    const next: Prepared = { texts: new Map(), neighbours: new Map() };
    offerPrepared(Promise.resolve(next));
    expect(preparedTaken()).toBe(false);
    expect(await offeredPrepared()).toBe(next);
  });

  it('keeps a failed preparation from being reported as unhandled until someone awaits it', async () => {
    offerPrepared(Promise.reject(new Error('worker failed')));
    await new Promise((done) => setTimeout(done, 10));
    await expect(offeredPrepared()).rejects.toThrow('worker failed');
  });
});
