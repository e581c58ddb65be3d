import { afterEach, describe, expect, it } from 'vitest';
import { holdPages, pagesMayStart, releasePages } from '../../src/lib/site/pages-gate.ts';

afterEach(() => releasePages());

describe('the gate before the first page', () => {
  it('is open when nothing holds it', async () => {
    await expect(pagesMayStart()).resolves.toBeUndefined();
  });

  it('opens only once the work held is done', async () => {
    let finish = () => {};
    let done = false;
    holdPages(new Promise<void>((resolve) => (finish = resolve)).then(() => void (done = true)));
    const waiting = pagesMayStart().then(() => done);
    await new Promise((resolve) => setTimeout(resolve, 10));
    finish();
    expect(await waiting).toBe(true);
  });

  it("fails with the work's error, which is not reported as unhandled before", async () => {
    holdPages(Promise.reject(new Error('copy failed')));
    await new Promise((resolve) => setTimeout(resolve, 10));
    await expect(pagesMayStart()).rejects.toThrow('copy failed');
  });

  it('is open again once released', async () => {
    holdPages(new Promise(() => {}));
    releasePages();
    await expect(pagesMayStart()).resolves.toBeUndefined();
  });
});
