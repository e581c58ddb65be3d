/** What `pageWeight` counts: scripts run at load and what they import statically; never code loaded on demand. */
import { describe, expect, it } from 'vitest';
import { gzipSize, pageWeight, staticImports, type SiteReader } from '../../scripts/lib/page-weight.ts';

const FILES: Record<string, string> = {
  '/b/_astro/app.js': 'import{a}from"./shared.js";import"./side.js";const l=()=>import("./lazy.js");a(l);',
  '/b/_astro/shared.js': 'export const a=(f)=>f;export{b}from"./more.js";',
  '/b/_astro/side.js': 'console.log("side");',
  '/b/_astro/more.js': 'export const b=1;',
  '/b/_astro/lazy.js': 'x'.repeat(5000),
  '/b/_astro/site.css': 'body{color:red}',
};
const read: SiteReader = (path) => Promise.resolve(FILES[path] ?? null);

describe('staticImports', () => {
  it('finds import and export-from specifiers, not dynamic imports', () => {
    expect(staticImports(FILES['/b/_astro/app.js']!)).toEqual(['./shared.js', './side.js']);
    expect(staticImports(FILES['/b/_astro/shared.js']!)).toEqual(['./more.js']);
  });
});

describe('pageWeight', () => {
  const html = [
    '<html><head><link rel="stylesheet" href="/b/_astro/site.css"><style>p{margin:0}</style>',
    '<script>document.documentElement.classList.add("js")</script>',
    '<script type="application/ld+json">{"@type":"ScholarlyArticle"}</script>',
    '<script type="module" src="/b/_astro/app.js"></script><script type="module" src="../_astro/app.js"></script>',
    '</head><body><header data-paper="c"></header><ol class="papers">',
    '<li><article data-paper>a</article></li><li><article data-paper data-first-seen="2025-12-10">b</article></li>',
    '</ol></body></html>',
  ].join('');

  it('sums each script and stylesheet once, gzipped, following static imports only', async () => {
    const weight = await pageWeight(html, '/b/papers/', read);
    const js = ['app', 'shared', 'side', 'more'].map((name) => gzipSize(FILES[`/b/_astro/${name}.js`]!));
    expect(weight.js).toBe(
      gzipSize('document.documentElement.classList.add("js")') + js.reduce((a, b) => a + b),
    );
    expect(weight.css).toBe(gzipSize('body{color:red}') + gzipSize('p{margin:0}'));
    expect(weight.files).not.toContain('/b/_astro/lazy.js');
    expect(weight.papers).toBe(2);
    expect(weight.html).toBe(gzipSize(html));
  });
});
