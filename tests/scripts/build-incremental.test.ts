/**
 * The build after one more dump reuses what the last one made (Astro's paper and digest pages, put in place
 * before rendering; the search index's shards) and still makes exactly the site a build from scratch makes:
 * every file the same, byte for byte. So does a build after a dump is taken away.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const NODE = join(ROOT, 'node_modules/.bin/node');
const FIXTURE_DUMPS = join(ROOT, 'tests/fixtures/site/dumps');

let work = '';
/** Where a build's returned log ends and its page log begins. */
const PAGE_LOG = '\n--- page log ---\n';

/**
 * Builds the dumps in `work/dumps` into `work/<name>` with the Astro cache `work/<cache>`; returns the log,
 * followed by the page log (one line per generated path).
 */
function build(name: string, cache: string): string {
  const pageLog = join(work, `${name}.pages.log`);
  const result = spawnSync(
    NODE,
    ['scripts/build.ts', '--dumps', join(work, 'dumps'), '--papers', join(work, `${name}.json`)].concat([
      '--out-dir',
      join(work, name),
      '--page-log',
      pageLog,
    ]),
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: join(work, cache) },
    },
  );
  expect(result.status, result.stderr).toBe(0);
  // Astro colours its log where FORCE_COLOR is set, as on CI.
  return `${stripVTControlCharacters(result.stdout)}${PAGE_LOG}${readFileSync(pageLog, 'utf8')}`;
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

/** Links every file under `dir` at its path under `to`: a view of its files that a write through a link shows. */
function linkFiles(dir: string, to: string): void {
  for (const path of snapshot(dir).keys()) {
    mkdirSync(dirname(join(to, path)), { recursive: true });
    linkSync(join(dir, path), join(to, path));
  }
}

/** Checks that `site` has the files of `expected`, each with the same bytes. */
function expectSameFiles(site: Map<string, Buffer>, expected: Map<string, Buffer>): void {
  expect([...site.keys()].sort()).toEqual([...expected.keys()].sort());
  const differing = [...site]
    .filter(([path, bytes]) => !bytes.equals(expected.get(path)!))
    .map(([path]) => path);
  expect(differing).toEqual([]);
}

/** The paper pages a build log says it found in place, put there from the last build's. */
const reused = (log: string) => log.match(/\/papers\/[^/]+\/index\.html \(cached\)/g) ?? [];

describe('a build after one more dump', () => {
  let first = '';
  let second = '';
  let unchanged = '';
  let shrunk = '';
  let firstSite = new Map<string, Buffer>();
  let secondSite = new Map<string, Buffer>();

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'build-incremental-'));
    mkdirSync(join(work, 'dumps'));
    cpSync(join(FIXTURE_DUMPS, '2025-12-10.txt'), join(work, 'dumps/2025-12-10.txt'));
    first = build('site', 'cache');
    firstSite = snapshot(join(work, 'site'));
    linkFiles(join(work, 'site'), join(work, 'replaced'));
    cpSync(join(FIXTURE_DUMPS, '2025-12-12.txt'), join(work, 'dumps/2025-12-12.txt'));
    second = build('site', 'cache');
    secondSite = snapshot(join(work, 'site'));
    build('fresh', 'fresh-cache');
    unchanged = build('again', 'fresh-cache');
    rmSync(join(work, 'dumps/2025-12-12.txt'));
    shrunk = build('site', 'cache');
  }, 150_000);
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it('renders every page the first time, and reuses the unchanged paper pages the second', () => {
    expect(reused(first)).toEqual([]);
    const papers = (JSON.parse(readFileSync(join(work, 'site.json'), 'utf8')) as unknown[]).length;
    expect(reused(second).length).toBeGreaterThan(0);
    expect(reused(second).length).toBeLessThan(papers);
  });

  it('counts the generated paths in its log, and lists them only in the page log', () => {
    const [log = '', pages = ''] = second.split(PAGE_LOG);
    expect(log).not.toMatch(/[├└]─/);
    const rendered = pages.match(/ \(\+[\d.]+m?s\)/g)?.length ?? 0;
    const kept = pages.match(/ \(cached\)/g)?.length ?? 0;
    expect(rendered).toBeGreaterThan(0);
    expect(kept).toBeGreaterThan(0);
    expect(pages.match(/[├└]─ /g)).toHaveLength(rendered + kept);
    expect(log).toContain(
      `${rendered + kept} path(s) generated: ${rendered} rendered, ${kept} unchanged since the last build`,
    );
  });

  it("makes only the new papers' texts, and none when nothing changed", () => {
    const kept = (log: string) => /prepared .*\(those of (\d+) kept from the last build\)/.exec(log)?.[1];
    // The first dump has 39 papers; the second adds 3 and changes none of those 39.
    expect([kept(first), kept(second), kept(unchanged)]).toEqual(['0', '39', '42']);
  });

  it('writes the search index again when its shard has new papers, and reuses it when nothing changed', () => {
    expect(first).toMatch(/indexed in 1 shard\(s\), 1 written and 0 unchanged/);
    expect(second).toMatch(/indexed in 1 shard\(s\), 1 written and 0 unchanged/);
    expect(unchanged).toMatch(/indexed in 1 shard\(s\), 0 written and 1 unchanged/);
  });

  it("reuses every paper page and every digest's feed and JSON when nothing changed", () => {
    const papers = (JSON.parse(readFileSync(join(work, 'again.json'), 'utf8')) as unknown[]).length;
    expect(reused(unchanged)).toHaveLength(papers);
    const digestFiles = unchanged.match(/ \/digests\/\d{4}-\d\d-\d\d(?:\.json|\/feed\.xml) \(cached\)/g);
    expect(digestFiles).toHaveLength(4);
  });

  it('reuses the pages of every day, week and month when nothing changed', () => {
    // Every page below `digests/` but the index of all digests: days, weeks, months and their further pages.
    const pages = [...snapshot(join(work, 'again')).keys()].filter((path) =>
      /^\/digests\/.+\/index\.html$/.test(path),
    );
    expect(pages.length).toBeGreaterThanOrEqual(4);
    const reusedPages = (log: string) => log.match(/\/digests\/[^ ]+\/index\.html \(cached\)/g) ?? [];
    expect(reusedPages(unchanged).sort()).toEqual(pages.map((path) => `${path} (cached)`).sort());
  });

  it("reuses the tag filter's card, slot and digest files when nothing changed", () => {
    const files = [...snapshot(join(work, 'again')).keys()].filter((path) =>
      /^\/filter\/(?:cards|where|digests)\//.test(path),
    );
    expect(files.length).toBeGreaterThanOrEqual(3);
    const kept = unchanged.match(/\/filter\/(?:cards|where|digests)\/[^ ]+ \(cached\)/g) ?? [];
    expect(kept.sort()).toEqual(files.map((path) => `${path} (cached)`).sort());
  });

  it('leaves the files of the site it replaces as they were, though it reuses them', () => {
    expectSameFiles(snapshot(join(work, 'replaced')), firstSite);
  });

  it('makes the same site, file for file, as a build without a cache', () => {
    expectSameFiles(secondSite, snapshot(join(work, 'fresh')));
  });

  it('removes the pages of papers a dump took with it, and makes the site it made before that dump', () => {
    expect(shrunk).toMatch(
      /reuse-pages\] \d+ page\(s\) of the last build put in place .*, [1-9]\d* it no longer makes removed/,
    );
    expectSameFiles(snapshot(join(work, 'site')), firstSite);
    const folders = readdirSync(join(work, 'site'), { recursive: true, withFileTypes: true }).filter(
      (entry) => entry.isDirectory(),
    );
    const empty = folders.filter((folder) => readdirSync(join(folder.parentPath, folder.name)).length === 0);
    expect(empty).toEqual([]);
  });
});
