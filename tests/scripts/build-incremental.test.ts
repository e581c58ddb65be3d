/**
 * The build after one more dump reuses what the last one made (Astro's paper and digest pages, the search
 * index's shards) and still makes exactly the site a build from scratch makes: every file the same, byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const NODE = join(ROOT, 'node_modules/.bin/node');
const FIXTURE_DUMPS = join(ROOT, 'tests/fixtures/site/dumps');

let work = '';

/** Builds the dumps in `work/dumps` into `work/<name>` with the Astro cache `work/<cache>`; returns the log. */
function build(name: string, cache: string): string {
  const result = spawnSync(
    NODE,
    ['scripts/build.ts', '--dumps', join(work, 'dumps'), '--papers', join(work, `${name}.json`)].concat([
      '--out-dir',
      join(work, name),
    ]),
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: join(work, cache) },
    },
  );
  expect(result.status, result.stderr).toBe(0);
  // Astro colours its log where FORCE_COLOR is set, as on CI.
  return stripVTControlCharacters(result.stdout);
}

/** Every file under `dir` with its bytes, by path. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    files.map((file) => [
      join(file.parentPath, file.name).slice(dir.length),
      readFileSync(join(file.parentPath, file.name)),
    ]),
  );
}

/** The paper pages a build log says were copied from the last build. */
const restored = (log: string) => log.match(/\/papers\/[^/]+\/index\.html \(restored\)/g) ?? [];

describe('a build after one more dump', () => {
  let first = '';
  let second = '';
  let unchanged = '';

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'build-incremental-'));
    mkdirSync(join(work, 'dumps'));
    cpSync(join(FIXTURE_DUMPS, '2025-12-10.txt'), join(work, 'dumps/2025-12-10.txt'));
    first = build('site', 'cache');
    cpSync(join(FIXTURE_DUMPS, '2025-12-12.txt'), join(work, 'dumps/2025-12-12.txt'));
    second = build('site', 'cache');
    build('fresh', 'fresh-cache');
    unchanged = build('again', 'fresh-cache');
  }, 120_000);
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it('renders every page the first time, and copies the unchanged paper pages the second', () => {
    expect(restored(first)).toEqual([]);
    const papers = (JSON.parse(readFileSync(join(work, 'site.json'), 'utf8')) as unknown[]).length;
    expect(restored(second).length).toBeGreaterThan(0);
    expect(restored(second).length).toBeLessThan(papers);
  });

  it('writes the search index again when its shard has new papers, and reuses it when nothing changed', () => {
    expect(first).toMatch(/indexed in 1 shard\(s\), 1 written and 0 unchanged/);
    expect(second).toMatch(/indexed in 1 shard\(s\), 1 written and 0 unchanged/);
    expect(unchanged).toMatch(/indexed in 1 shard\(s\), 0 written and 1 unchanged/);
  });

  it("copies every paper page and every digest's feed and JSON when nothing changed", () => {
    const papers = (JSON.parse(readFileSync(join(work, 'again.json'), 'utf8')) as unknown[]).length;
    expect(restored(unchanged)).toHaveLength(papers);
    const digestFiles = unchanged.match(/ \/digests\/\d{4}-\d\d-\d\d(?:\.json|\/feed\.xml) \(restored\)/g);
    expect(digestFiles).toHaveLength(4);
  });

  it('copies the pages of every day, week and month when nothing changed', () => {
    // Every page below `digests/` but the index of all digests: days, weeks, months and their further pages.
    const pages = [...snapshot(join(work, 'again')).keys()].filter((path) =>
      /^\/digests\/.+\/index\.html$/.test(path),
    );
    expect(pages.length).toBeGreaterThanOrEqual(4);
    const copied = (log: string) => log.match(/\/digests\/[^ ]+\/index\.html \(restored\)/g) ?? [];
    expect(copied(unchanged).sort()).toEqual(pages.map((path) => `${path} (restored)`).sort());
  });

  it("copies the tag filter's card, slot and digest files when nothing changed", () => {
    const files = [...snapshot(join(work, 'again')).keys()].filter((path) =>
      /^\/filter\/(?:cards|where|digests)\//.test(path),
    );
    expect(files.length).toBeGreaterThanOrEqual(3);
    const copied = unchanged.match(/\/filter\/(?:cards|where|digests)\/[^ ]+ \(restored\)/g) ?? [];
    expect(copied.sort()).toEqual(files.map((path) => `${path} (restored)`).sort());
  });

  it('makes the same site, file for file, as a build without a cache', () => {
    const site = snapshot(join(work, 'site'));
    const fresh = snapshot(join(work, 'fresh'));
    expect([...site.keys()].sort()).toEqual([...fresh.keys()].sort());
    const differing = [...site]
      .filter(([path, bytes]) => !bytes.equals(fresh.get(path)!))
      .map(([path]) => path);
    expect(differing).toEqual([]);
  });
});
