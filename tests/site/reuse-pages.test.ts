/**
 * The integration that puts the last build's pages in place, driven through its hooks as Astro calls them,
 * on folders of its own.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
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

const config = (outDir: string) => ({
  root: folder('project'),
  outDir: folder(outDir),
  cacheDir: folder('project/cache'),
  publicDir: folder('project/public'),
});

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
afterEach(() => releasePages());

describe('reusePages', () => {
  it('empties the output folder but its .git, then copies the cached pages into it before any page is written', async () => {
    const updateConfig = vi.fn();
    const integration = hooks();
    integration['astro:config:setup']!({ command: 'build', config: config('site'), updateConfig });
    expect(updateConfig).toHaveBeenCalledWith({ vite: { build: { emptyOutDir: false } } });
    expect(existsSync(join(work, 'site/old.html'))).toBe(false);
    await pagesMayStart();
    expect(files('site')).toEqual([
      '.git/HEAD',
      'digests/2025-12-10.json',
      'papers/gone/index.html',
      'papers/kept/index.html',
    ]);
    expect(readFileSync(join(work, 'site/papers/kept/index.html'), 'utf8')).toBe('kept, as last built');

    // This build makes the kept paper's page and the digest file, and no longer the other paper's page.
    const made = ['papers/kept/index.html', 'digests/2025-12-10.json'];
    const assets = new Map([['/made', made.map((path) => pathToFileURL(join(work, 'site', path)))]]);
    const info = vi.fn();
    await integration['astro:build:done']!({ assets, logger: { info } });
    expect(files('site')).toEqual(['.git/HEAD', 'digests/2025-12-10.json', 'papers/kept/index.html']);
    expect(existsSync(join(work, 'site/papers/gone'))).toBe(false);
    expect(existsSync(join(work, 'project/cache/dist/papers/gone'))).toBe(false);
    expect(existsSync(join(work, 'project/cache/dist/papers/kept/index.html'))).toBe(true);
    expect(info).toHaveBeenCalledWith(
      expect.stringMatching(/^3 page\(s\) of the last build put in place .*, 1 /),
    );
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
