/**
 * The build command end to end on the good fixture dumps: the test run's global setup builds the
 * fixture sites with `node scripts/build.ts --dumps … --papers … --out-dir …` (one real build per
 * base, shared by every site test); here we check what the build command itself promises.
 */
import { stripVTControlCharacters } from 'node:util';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { reportPath, type BuildReport } from '../../scripts/lib/build-report.ts';
import { distFiles, distSize } from '../../scripts/lib/dist-files.ts';
import { formatBytes } from '../../scripts/lib/format-units.ts';
import { stagingPaths } from '../../scripts/lib/swap-site.ts';
import { shardPath, shardsOf, shardSize } from '../../src/lib/site/search-shards.ts';
import { siteReady, type ReadySite, type SiteName } from '../support/site.ts';

type Stage = BuildReport['stages'][number];

describe.each<SiteName>(['project', 'root'])('the build command, for the %s base', (name) => {
  let site: ReadySite;
  let log: string;
  let report: BuildReport;

  beforeAll(async () => {
    site = await siteReady(inject('sites')[name]);
    // Astro colours its log when the environment asks for colour (FORCE_COLOR), even into a file.
    log = stripVTControlCharacters(await readFile(site.logFile, 'utf8'));
    report = JSON.parse(await readFile(reportPath(site.papersFile), 'utf8')) as BuildReport;
  });

  it('ran the three stages, the parser beside Astro, printing the wall time of each and of all', () => {
    const done = [...log.matchAll(/^build: (\w+) done in \d+\.\d s$/gm)].map((match) => match[1]);
    expect(done).toEqual(['parse', 'astro', 'swap']);
    const all =
      /^build: all stages done in (\d+\.\d) s \(parse (\d+\.\d) s, astro (\d+\.\d) s, swap (\d+\.\d) s\)$/m;
    const [total, parse, astro, swap] = log.match(all)!.slice(1).map(Number) as [
      number,
      number,
      number,
      number,
    ];
    // The total is the time from start to end, in which the parser's time is part of Astro's.
    expect(total).toBeCloseTo(astro + swap, 0);
    expect(total).toBeLessThan(parse + astro + swap);
    expect(log).toContain(`(base ${site.base})`);
  });

  it('reported its stages (Astro started beside the parser, done after it, then the swap) and the size of the site', () => {
    expect(report.ok).toBe(true);
    expect(report.papers).toBe(site.papers.length);
    expect(report.stages.map((stage) => stage.name)).toEqual(['parse', 'astro', 'swap']);
    const [parse, astro, swap] = report.stages as [Stage, Stage, Stage];
    const end = (stage: Stage) => stage.startedAt + stage.ms;
    expect(astro.startedAt).toBeLessThan(end(parse));
    expect(end(astro)).toBeGreaterThan(end(parse));
    expect(swap.startedAt).toBeGreaterThanOrEqual(end(astro));
    const files = distFiles(site.dist);
    expect(report.site).toEqual({
      files: files.length,
      bytes: files.reduce((sum, file) => sum + file.size, 0),
      pages: files.filter((file) => file.path.endsWith('.html')).length,
    });
  });

  it("indexed the papers in Astro's build, through the Pagefind integration, into a fresh cache", () => {
    const shards = shardsOf(site.papers, shardSize(site.env['SEARCH_SHARD_SIZE'])).length;
    expect(log).toMatch(
      new RegExp(
        `\\[paper-digest:pagefind\\] ${site.papers.length} paper pages indexed in ${shards} shard\\(s\\), ` +
          `${shards} written and 0 unchanged \\(`,
      ),
    );
  });

  it('wrote the records, the pages and the search index, in its shards, into the output folder', async () => {
    expect(site.papers.length).toBeGreaterThan(39);
    expect(existsSync(`${site.dist}/index.html`)).toBe(true);
    const shards = shardsOf(site.papers, shardSize(site.env['SEARCH_SHARD_SIZE']));
    // The root site's 44 papers at 16 a shard: two full shards, then six of 2 (an eighth) for the newest 12.
    expect(shards.length).toBe(name === 'root' ? 8 : 1);
    const counts = await Promise.all(
      shards.map(async (_, n) => {
        const entry = JSON.parse(
          await readFile(`${site.dist}/${shardPath(n)}pagefind-entry.json`, 'utf8'),
        ) as {
          languages: Record<string, { page_count: number }>;
        };
        return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
      }),
    );
    expect(existsSync(`${site.dist}/pagefind/pagefind.js`)).toBe(true);
    // Every paper has a page, and every page is searchable in its shard.
    expect(counts).toEqual(shards.map((papers) => papers.length));
  });

  it('said where the site is, with its number of files and size, and gave no size warning', () => {
    const { files, bytes } = distSize(site.dist);
    expect(bytes).toBeGreaterThan(1e6);
    expect(log).toMatch(
      new RegExp(
        `^build: site ready in \\S*dist: ${files} files, ${formatBytes(bytes).replace('.', '\\.')}$`,
        'm',
      ),
    );
    expect(log).not.toContain('GitHub Pages publishes');
  });

  it('prepared every paper beside Astro and the pages took that data instead of computing their own', () => {
    expect(log).toMatch(
      new RegExp(`\\[paper-digest:prepare\\] ${site.papers.length} papers prepared beside `),
    );
    expect(log).not.toContain('did not take the prepared data');
  });

  it("read the content store from its site's cache file when the pages rendered, instead of bundling it", () => {
    const store = join(site.cacheDir, 'data-store.json');
    expect(log).toContain(
      `[paper-digest:data-store-file] the content store was read from ${store}, not bundled\n`,
    );
    expect(log).not.toContain('the bundle holds the store');
  });

  it("left no staging folder behind: neither the site's nor the previous one's", async () => {
    const temporary = Object.values(stagingPaths(site.dist)).map((path) => basename(path));
    const siblings = await readdir(dirname(site.dist));
    expect(siblings).toContain('dist');
    expect(temporary).toHaveLength(2);
    expect(siblings.filter((entry) => temporary.includes(entry))).toEqual([]);
  });
});
