/** The pages' loader takes the data the build prepared: ready with the texts, not the neighbours too. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadSite, neighboursOf } from '../../src/lib/site/load-site.ts';
import { offerPrepared, preparedTaken, withdrawPrepared } from '../../src/lib/site/prepared-offer.ts';
import type { Prepared } from '../../src/lib/site/prepared.ts';

vi.mock('astro:content', () => ({ getCollection: () => Promise.resolve([]) }));

afterEach(() => withdrawPrepared());

const after = (ms: number) =>
  new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), ms));

describe('loadSite with prepared data offered', () => {
  it('resolves with the texts made; the neighbours come to the pages asking for them once made', async () => {
    let makeNeighbours: (made: Prepared['neighbours']) => void = () => {};
    const neighbours = new Promise<Prepared['neighbours']>((resolve) => (makeNeighbours = resolve));
    offerPrepared({ texts: Promise.resolve(new Map()), neighbours });
    const site = await Promise.race([loadSite(), after(1000)]);
    expect(site).not.toBe('still waiting');
    expect(preparedTaken()).toBe(true);

    const asked = neighboursOf(site as Awaited<ReturnType<typeof loadSite>>);
    expect(await Promise.race([asked, after(50)])).toBe('still waiting');
    const made = new Map([['2501.00001', [{ id: '2501.00002', score: 0.5 }]]]);
    makeNeighbours(made);
    expect(await asked).toBe(made);
  });
});
