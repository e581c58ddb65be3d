/**
 * The integration that has a build read the content store from Astro's cache file instead of bundling it,
 * driven through its hooks and its Vite plugin as Astro and the bundler call them, on folders of its own.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  dataStoreFile,
  STORE_MODULE,
  storeModule,
  takeStoreOutcome,
} from '../../src/integrations/data-store-file.ts';

let work = '';
/** The cache folder: a path that a module has to quote with care. */
let cache = '';
/** A store as Astro writes it (devalue's JSON form), with text that must survive as it is. */
const STORE = [['Map', 1, 2], 'papers', 'Quotes \' " and a backslash \\ in </script>'];

/** Runs `code` as a module file in `work` and resolves to its default export. */
async function run(code: string): Promise<unknown> {
  const file = join(mkdtempSync(join(work, 'module-')), 'store.mjs');
  writeFileSync(file, code);
  return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

interface LoadHook {
  order: string;
  filter: { id: RegExp };
  handler: (id: string) => { code: string; meta: unknown } | undefined;
}

/**
 * The hooks of a fresh integration set up for `command` with its cache in `cacheDir` (and Astro's
 * `experimental` settings), and its plugin's loader.
 */
function setUp(command: string, cacheDir: string, experimental: Record<string, unknown> = {}) {
  const hooks = dataStoreFile().hooks as Record<string, (options: unknown) => unknown>;
  const updateConfig = vi.fn();
  hooks['astro:config:setup']!({ command, updateConfig });
  hooks['astro:config:done']!({ config: { cacheDir: pathToFileURL(cacheDir + '/'), experimental } });
  const plugin = (updateConfig.mock.calls[0]?.[0] as { vite: { plugins: { load: LoadHook }[] } } | undefined)
    ?.vite.plugins[0];
  const logger = { info: vi.fn(), warn: vi.fn() };
  const done = () => hooks['astro:build:done']!({ logger });
  return { updateConfig, load: plugin?.load, logger, done };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'data-store-file-'));
  cache = join(work, `cache "it's" \\ `);
  mkdirSync(cache);
  writeFileSync(join(cache, 'data-store.json'), JSON.stringify(STORE));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => takeStoreOutcome());

describe('storeModule', () => {
  it('is a module whose default export is the store in the file, read when it runs', async () => {
    expect(await run(storeModule(join(cache, 'data-store.json')))).toEqual(STORE);
    expect(takeStoreOutcome()).toBe(true);
    expect(takeStoreOutcome()).toBeUndefined();
  });

  it('fails to run when the file cannot be read, and leaves its error', async () => {
    await expect(run(storeModule(join(work, 'gone.json')))).rejects.toThrow(/ENOENT/);
    expect(takeStoreOutcome()).toMatchObject({ code: 'ENOENT' });
  });
});

describe('dataStoreFile', () => {
  it("loads Astro's store module, before Astro's loader, as one that reads the cache's file", async () => {
    const { load, logger, done } = setUp('build', cache);
    expect(load?.order).toBe('pre');
    expect(load?.filter.id.test(STORE_MODULE)).toBe(true);
    for (const other of ['astro:data-layer-content', '\0astro:content', `${STORE_MODULE}-chunk`])
      expect(load?.filter.id.test(other)).toBe(false);
    const module = load!.handler(STORE_MODULE)!;
    // Marked as Astro marks its own, so that new data leaves the pages' code hashes alone.
    expect(module.meta).toEqual({ astroIncremental: { kind: 'content-data' } });
    expect(await run(module.code)).toEqual(STORE);
    done();
    expect(logger.info).toHaveBeenCalledWith(
      `the content store was read from ${join(cache, 'data-store.json')}, not bundled`,
    );
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it('fails the build when the pages could not read the file (Astro takes that for no data)', async () => {
    const moved = join(work, 'moved-cache');
    cpSync(cache, moved, { recursive: true });
    const { load, done } = setUp('build', moved);
    const module = load!.handler(STORE_MODULE)!;
    rmSync(join(moved, 'data-store.json'));
    await expect(run(module.code)).rejects.toThrow();
    expect(done).toThrow(
      `the content store could not be read from ${join(moved, 'data-store.json')}: ENOENT`,
    );
  });

  it("leaves a store without a file to Astro's loader, and says nothing", () => {
    const { load, logger, done } = setUp('build', join(work, 'no-cache'));
    expect(load!.handler(STORE_MODULE)).toBeUndefined();
    done();
    expect(logger.info).not.toHaveBeenCalled();
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it('warns when the bundler never asked for the store module: Astro bundled it', () => {
    const { logger, done } = setUp('build', cache);
    done();
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('the bundle holds the store'));
  });

  it('does nothing but for a build', () => {
    expect(setUp('dev', cache).updateConfig).not.toHaveBeenCalled();
  });

  it('leaves a store kept in chunks to Astro, whatever data-store.json an earlier build left', () => {
    const chunked = setUp('build', cache, { collectionStorage: 'chunked' });
    expect(chunked.load!.handler(STORE_MODULE)).toBeUndefined();
    chunked.done();
    expect(chunked.logger.warn).not.toHaveBeenCalled();
    const single = setUp('build', cache, { collectionStorage: 'single-file' });
    expect(single.load!.handler(STORE_MODULE)).toBeDefined();
  });
});
