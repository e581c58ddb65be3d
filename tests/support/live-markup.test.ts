/** The hostile-input checker catches each kind of live markup, and passes inert HTML. */
import { describe, expect, it } from 'vitest';
import { jsonLdOf, liveMarkup } from './live-markup.ts';

describe('liveMarkup', () => {
  it.each([
    ['<img src=x onerror="window.__pwned=1">', ['<img> has onError', '<img src=x>']],
    ['<p>a"><svg onload=alert(1)></p>', ['<svg> has onLoad']],
    ['<a href=" JaVa\tScRiPt:alert(1)">x</a>', ['<a> href=" JaVa\tScRiPt:alert(1)"']],
    ['<a href="data:text/html,x">x</a>', ['<a> href="data:text/html,x"']],
    ['<form action="javascript:void(0);alert(1)"></form>', ['<form> action="javascript:void(0);alert(1)"']],
    ['<iframe srcdoc="x"></iframe>', ['<iframe>']],
    ['<b onmouseover=alert(27)>m</b>', ['<b> has onMouseOver']],
    ['<script>window.__pwned=1</script>', ['<script> running window.__pwned=1']],
    [
      '<script type="application/ld+json">{"name":"</script><script>alert(1)</script>',
      ['<script> of JSON that does not parse', '<script> running alert(1)'],
    ],
  ])('finds the live markup in %s', (html, expected) => {
    expect(liveMarkup(html)).toEqual(expected);
  });

  it('passes escaped payloads, safe links, the site’s own scripts and JSON-LD that escapes </script>', () => {
    const html =
      '<!doctype html><html><head><script type="module" src="/paper-digest/_astro/a.js"></script>' +
      '<script type="application/ld+json">{"name":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)"}</script></head>' +
      '<body><h1>&lt;img src=x onerror=alert(1)&gt;</h1><a href="https://example.org/">ok</a>' +
      '<a href="/paper-digest/papers/x/">in</a><form action="javascript:void(0);"></form><svg><title>&lt;svg onload=alert(1)&gt;</title></svg></body></html>';
    expect(liveMarkup(html, { document: true })).toEqual([]);
    expect(jsonLdOf(html)).toEqual([{ name: '</script><script>alert(1)' }]);
  });
});
