/**
 * The integration that puts the last build's pages in place, driven through its hooks as Astro calls them,
 * on folders of its own.
 */
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { announcePapers } from '../../src/integrations/papers-written.ts';
import { reusePages } from '../../src/integrations/reuse-pages.ts';
import { pagesMayStart, releasePages } from '../../src/lib/site/pages-gate.ts';

let work = '';
const folder = (path: string) => pathToFileURL(join(work, path) + '/');

function write(path: string, text: string): void {
  mkdirSync(dirname(join(work, path)), { recursive: true });
  writeFileSync(join(work, path), text);
}

/** Every file below `dir`, relative to it. */
function files(dir: string): string[] {
  return readdirSync(join(work, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(join(work, dir).length + 1))
    .sort();
}

/** The hooks of a fresh integration, typed loosely: the tests hand them only what it reads. */
function hooks() {
  return reusePages().hooks as Record<string, (options: unknown) => unknown>;
}

const config = (outDir: string, format = 'directory') => ({
  root: folder('project'),
  outDir: folder(outDir),
  cacheDir: folder('project/cache'),
  publicDir: folder('project/public'),
  base: '/digest/',
  build: { format },
});

/** The pages of a build `hooks` was set up for, with what the build made and when it was done. */
function done(made: readonly string[]) {
  const assets = new Map([['/made', made.map((path) => pathToFileURL(join(work, 'site', path)))]]);
  return { assets, logger: { info: vi.fn() } };
}

/** Links the cache's file at `path` below `site`, as the site a build replaces holds the pages it reused. */
function share(path: string, site: string): void {
  mkdirSync(dirname(join(work, site, path)), { recursive: true });
  linkSync(join(work, 'project/cache/dist', path), join(work, site, path));
}

/** A stand-in for Astro's prerenderer: tells whether the file it is to write, and its cached copy, exist. */
function prerenderer() {
  const seen: boolean[] = [];
  return {
    seen,
    prerenderer: {
      name: 'stand-in',
      getStaticPaths: () => Promise.resolve([]),
      render(
        this: { name: string },
        request: Request,
        options: { routeData: { type: string; route: string } },
      ) {
        const file = `${new URL(request.url).pathname.slice('/digest/'.length)}`.replace(
          /\/$/,
          '/index.html',
        );
        seen.push(existsSync(join(work, 'site', file)), existsSync(join(work, 'project/cache/dist', file)));
        return Promise.resolve(new Response(`${this.name} (${options.routeData.type}): ${request.url}`));
      },
    },
  };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'reuse-pages-'));
  write('project/cache/dist/papers/kept/index.html', 'kept, as last built');
  write('project/cache/dist/papers/gone/index.html', 'a paper no longer built');
  write('project/cache/dist/digests/2025-12-10.json', '[]');
  write('project/cache/dist/robots.txt', 'an old page where a public file is now');
  write('project/public/robots.txt', 'the public file');
  write('site/old.html', 'from the build before');
  write('site/.git/HEAD', 'ref: refs/heads/gh-pages');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => {
  releasePages();
  announcePapers(Promise.resolve());
});

describe('reusePages', () => {
  it('empties the output folder but its .git, then links the cached pages into it before any page is written', async () => {
    const updateConfig = vi.fn();
    const integration = hooks();
    integration['astro:config:setup']!({ command: 'build', config: config('site'), updateConfig });
    expect(updateConfig).toHaveBeenCalledWith({ vite: { build: { emptyOutDir: false } } });
    await pagesMayStart();
    expect(files('site')).toEqual([
      '.git/HEAD',
      'digests/2025-12-10.json',
      'papers/gone/index.html',
      'papers/kept/index.html',
    ]);
    expect(readFileSync(join(work, 'site/papers/kept/index.html'), 'utf8')).toBe('kept, as last built');
    const linked = (path: string) => statSync(join(work, 'site', path)).ino;
    expect(linked('papers/kept/index.html')).toBe(
      statSync(join(work, 'project/cache/dist/papers/kept/index.html')).ino,
    );

    // This build makes the kept paper's page and the digest file, and no longer the other paper's page.
    const made = ['papers/kept/index.html', 'digests/2025-12-10.json'];
    const { assets, logger } = done(made);
    const { info } = logger;
    await integration['astro:build:done']!({ assets, logger });
    expect(files('site')).toEqual(['.git/HEAD', 'digests/2025-12-10.json', 'papers/kept/index.html']);
    expect(existsSync(join(work, 'site/papers/gone'))).toBe(false);
    expect(existsSync(join(work, 'project/cache/dist/papers/gone'))).toBe(false);
    expect(existsSync(join(work, 'project/cache/dist/papers/kept/index.html'))).toBe(true);
    expect(info).toHaveBeenCalledWith(
      expect.stringMatching(/^3 page\(s\) of the last build put in place .*, 1 /),
    );
  });

  it('touches the output folder only once the parser has written the records, so a bad dump leaves it', async () => {
    write('waiting/old.html', 'from the build before');
    let finish = () => {};
    announcePapers(new Promise<void>((resolve) => (finish = resolve)));
    hooks()['astro:config:setup']!({ command: 'build', config: config('waiting'), updateConfig: vi.fn() });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(files('waiting')).toEqual(['old.html']);
    finish();
    await pagesMayStart();
    expect(files('waiting')).toContain('papers/kept/index.html');
    expect(files('waiting')).not.toContain('old.html');
  });

  it('unlinks a page the replaced site shares, here and in the cache, before it is rendered again', async () => {
    write('project/cache/dist/papers/other/index.html', 'another paper, as last built');
    share('papers/kept/index.html', 'replaced');
    share('digests/2025-12-10.json', 'replaced');
    write('project/cache/dist/papers/copied/index.html', 'a copied paper, as last built');
    share('papers/copied/index.html', 'replaced');
    const integration = hooks();
    integration['astro:config:setup']!({ command: 'build', config: config('site'), updateConfig: vi.fn() });
    await pagesMayStart();
    // A page copied, not linked (as when the cache is on another disk), whose cached copy the replaced site shares.
    rmSync(join(work, 'site/papers/copied/index.html'));
    write('site/papers/copied/index.html', 'a copied paper, as last built');
    const { seen, prerenderer: standIn } = prerenderer();
    let wrapped: typeof standIn | undefined;
    const setPrerenderer = (wrap: (given: typeof standIn) => typeof standIn) => (wrapped = wrap(standIn));
    integration['astro:build:start']!({ setPrerenderer });
    const render = (path: string, type: string) =>
      wrapped!.render(new Request(`http://localhost/digest/${path}`), { routeData: { type, route: '/' } });
    const response = await render('papers/kept/', 'page');
    expect(await response.text()).toBe('stand-in (page): http://localhost/digest/papers/kept/');
    await render('digests/2025-12-10.json', 'endpoint');
    // The other paper's page is the new site's and the cache's alone: left linked.
    await render('papers/other/', 'page');
    await render('papers/copied/', 'page');
    expect(seen).toEqual([false, false, false, false, true, true, false, false]);

    // Written as Astro writes the pages it rendered: the other paper's through its links.
    for (const path of ['site', 'project/cache/dist'])
      write(`${path}/papers/kept/index.html`, 'kept, built again');
    writeFileSync(join(work, 'site/papers/other/index.html'), 'another paper, built again');
    const made = ['papers/kept/index.html', 'digests/2025-12-10.json', 'papers/other/index.html'];
    await integration['astro:build:done']!(done(made));
    expect(readFileSync(join(work, 'replaced/papers/kept/index.html'), 'utf8')).toBe('kept, as last built');
    expect(readFileSync(join(work, 'project/cache/dist/papers/other/index.html'), 'utf8')).toBe(
      'another paper, built again',
    );
  });

  it('fails the build when a page was written through a link the replaced site shares', async () => {
    share('papers/other/index.html', 'replaced-again');
    const integration = hooks();
    integration['astro:config:setup']!({ command: 'build', config: config('site'), updateConfig: vi.fn() });
    await pagesMayStart();
    writeFileSync(join(work, 'site/papers/other/index.html'), 'written in place');
    await expect(integration['astro:build:done']!(done(['papers/other/index.html']))).rejects.toThrow(
      /^1 page\(s\) were rendered into links the site being replaced shares, .*\(first: papers\/other\/index\.html\)/,
    );
  });

  it('refuses a build format whose output files it does not know', () => {
    const setup = () =>
      hooks()['astro:config:setup']!({
        command: 'build',
        config: config('site', 'file'),
        updateConfig: vi.fn(),
      });
    expect(setup).toThrow(/build\.format 'file'/);
  });

  it('does nothing but for a build', () => {
    const updateConfig = vi.fn();
    hooks()['astro:config:setup']!({ command: 'dev', config: config('site'), updateConfig });
    expect(updateConfig).not.toHaveBeenCalled();
    expect(existsSync(join(work, 'site/papers/kept/index.html'))).toBe(true);
  });

  it('refuses an output folder that holds the project, and deletes nothing there', () => {
    const setup = () =>
      hooks()['astro:config:setup']!({ command: 'build', config: config('.'), updateConfig: vi.fn() });
    expect(setup).toThrow(/holds the project itself/);
    expect(existsSync(join(work, 'project/public/robots.txt'))).toBe(true);
    expect(existsSync(join(work, 'site/.git/HEAD'))).toBe(true);
  });
});
