/** The pages' loader, the one place every list of paths waits in, holds them while the gate is closed. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadSite } from '../../src/lib/site/load-site.ts';
import { holdPages, releasePages } from '../../src/lib/site/pages-gate.ts';

vi.mock('astro:content', () => ({ getCollection: () => Promise.resolve([]) }));

afterEach(() => releasePages());

describe('loadSite', () => {
  it('resolves only once the work held before the first page is done', async () => {
    let finish = () => {};
    holdPages(new Promise<void>((resolve) => (finish = resolve)));
    let loaded = false;
    const site = loadSite().then((data) => ((loaded = true), data));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loaded).toBe(false);
    finish();
    expect((await site).papers).toEqual([]);
  });
});
