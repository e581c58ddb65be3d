import { afterEach, describe, expect, it } from 'vitest';
import {
  offeredPrepared,
  offerPrepared,
  preparedTaken,
  withdrawPrepared,
} from '../../src/lib/site/prepared-offer.ts';
import type { PreparedOffer } from '../../src/lib/site/prepared.ts';

const offer = (): PreparedOffer => ({
  texts: Promise.resolve(new Map()),
  neighbours: Promise.resolve(new Map()),
});
const data = offer();

afterEach(() => withdrawPrepared());

describe('the offer of prepared data', () => {
  it('hands the offered promises to whoever asks, and says whether the pages took them', () => {
    expect(offeredPrepared()).toBeUndefined();
    offerPrepared(data);
    expect(offeredPrepared()).toBe(data);
    expect(preparedTaken()).toBe(false);
    expect(offeredPrepared(true)).toBe(data);
    expect(preparedTaken()).toBe(true);
  });

  it('is gone once withdrawn, and a new offer starts untaken', () => {
    offerPrepared(data);
    void offeredPrepared(true);
    withdrawPrepared();
    expect(offeredPrepared()).toBeUndefined();
    expect(preparedTaken()).toBe(false);
    const next = offer();
    offerPrepared(next);
    expect(preparedTaken()).toBe(false);
    expect(offeredPrepared()).toBe(next);
  });

  it('keeps a failed half from being reported as unhandled until someone awaits it', async () => {
    offerPrepared({ ...offer(), neighbours: Promise.reject(new Error('worker failed')) });
    await new Promise((done) => setTimeout(done, 10));
    await expect(offeredPrepared()!.neighbours).rejects.toThrow('worker failed');
  });
});
