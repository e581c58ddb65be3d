/** Where Astro writes each path it renders, from the request its prerenderer is given (`directory` format). */
import { describe, expect, it } from 'vitest';
import { outputFile } from '../../src/integrations/output-file.ts';

const page = (route: string) => ({ type: 'page', route });
const endpoint = (route: string) => ({ type: 'endpoint', route });

describe('outputFile', () => {
  it.each([
    [
      'a page, as its folder’s index',
      'http://x/digest/papers/2501.00001/',
      '/digest/',
      page('/papers/[id]'),
      'papers/2501.00001/index.html',
    ],
    ['the home page', 'http://x/digest/', '/digest/', page('/'), 'index.html'],
    [
      'a page whose param holds an escaped #, as Astro names it',
      'http://x/digest/tags/c%23/',
      '/digest/',
      page('/tags/[tag]'),
      'tags/c%23/index.html',
    ],
    [
      'a page under the root base',
      'http://x/tags/agents/',
      '/',
      page('/tags/[tag]'),
      'tags/agents/index.html',
    ],
    [
      'a page whose path is percent-encoded',
      'http://x/digest/tags/caf%C3%A9/',
      '/digest/',
      page('/tags/[tag]'),
      'tags/café/index.html',
    ],
    [
      'an endpoint, as its own path',
      'http://x/digest/digests/2025-12-10.json',
      '/digest/',
      endpoint('/digests/[day].json'),
      'digests/2025-12-10.json',
    ],
    ['an endpoint without an extension', 'http://x/digest/feed/', '/digest/', endpoint('/feed'), 'feed'],
    ['the not-found page', 'http://x/digest/404/', '/digest/', page('/404'), '404.html'],
    ['the server-error page', 'http://x/500/', '/', page('/500'), '500.html'],
    [
      'a base given without its slash',
      'http://x/digest/about/',
      '/digest',
      page('/about'),
      'about/index.html',
    ],
  ])('writes %s', (_, url, base, route, file) => {
    expect(outputFile(url, base, route)).toBe(file);
  });
});
