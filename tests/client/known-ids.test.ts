import { describe, expect, it } from 'vitest';
import { droppedNotice, keepKnown, pageExists } from '../../src/scripts/known-ids.ts';

const star = (id: string) => ({ id, title: id, starredAt: '2025-12-10T00:00:00.000Z' });

describe('reading-list import keeps only papers the site has', () => {
  it('drops ids with no paper page and says how many and why', async () => {
    const site = new Set(['real-paper']);
    const { kept, dropped } = await keepKnown(['real-paper', 'ok-id', 'big', 'constructor'].map(star), (id) =>
      Promise.resolve(site.has(id)),
    );
    expect(kept.map((s) => s.id)).toEqual(['real-paper']);
    expect(dropped.map((s) => s.id)).toEqual(['ok-id', 'big', 'constructor']);
    expect(droppedNotice(3)).toBe('3 ids were not imported: no such paper on this site.');
    expect(droppedNotice(1)).toBe('1 id was not imported: no such paper on this site.');
    expect(droppedNotice(0)).toBe('');
  });

  it('a page is missing only when the site answers 404 or 410; an unreachable site keeps the star', async () => {
    const answer = (status: number) => () => Promise.resolve(new Response(null, { status }));
    expect(await pageExists('/papers/x/', answer(200))).toBe(true);
    expect(await pageExists('/papers/x/', answer(404))).toBe(false);
    expect(await pageExists('/papers/x/', answer(410))).toBe(false);
    expect(await pageExists('/papers/x/', () => Promise.reject(new TypeError('offline')))).toBe(true);
  });
});
