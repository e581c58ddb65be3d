/**
 * The build command end to end on the good fixture dumps: the test run's global setup builds the
 * fixture sites with `node scripts/build.ts --dumps … --papers … --out-dir …` (one real build per
 * base, shared by every site test); here we check what the build command itself promises.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { searchIndexBesideAstroMs } from '../../scripts/lib/bench-targets.ts';
import { distSize } from '../../scripts/lib/dist-files.ts';
import { formatBytes, stagingPaths } from '../../scripts/lib/build-options.ts';
import { siteReady, type ReadySite, type SiteName } from '../support/site.ts';

describe.each<SiteName>(['project', 'root'])('the build command, for the %s base', (name) => {
  let site: ReadySite;
  let log: string;

  beforeAll(async () => {
    site = await siteReady(inject('sites')[name]);
    log = await readFile(site.logFile, 'utf8');
  });

  it('ran the three stages in order, printing the wall time of each', () => {
    const done = [...log.matchAll(/^build: (\w+) done in \d+\.\d s$/gm)].map((match) => match[1]);
    expect(done).toEqual(['parse', 'astro', 'pagefind']);
    expect(log).toMatch(/^build: all stages done in \d+\.\d s \(parse .*, astro .*, pagefind .*\)$/m);
    expect(log).toContain(`(base ${site.base})`);
  });

  it('indexed the papers beside Astro, in the line the site benchmark reads', () => {
    expect(log).toContain(`build: pagefind: ${site.papers.length} paper pages indexed in`);
    expect(searchIndexBesideAstroMs(log.split('\n'))).toBeGreaterThanOrEqual(0);
  });

  it('wrote the records, the pages and the search index into the output folder', async () => {
    expect(site.papers.length).toBeGreaterThan(39);
    expect(existsSync(`${site.dist}/index.html`)).toBe(true);
    const entry = JSON.parse(await readFile(`${site.dist}/pagefind/pagefind-entry.json`, 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    expect(existsSync(`${site.dist}/pagefind/pagefind.js`)).toBe(true);
    // Every paper has a page, and every page is searchable.
    expect(indexed).toBeGreaterThanOrEqual(site.papers.length);
  });

  it('said where the site is, with its number of files and size, and gave no size warning', async () => {
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

  it("left no staging folder behind: neither the site's, the previous one's nor the search index's", async () => {
    const temporary = Object.values(stagingPaths(site.dist)).map((path) => basename(path));
    const siblings = await readdir(dirname(site.dist));
    expect(siblings).toContain('dist');
    expect(temporary).toHaveLength(3);
    expect(siblings.filter((entry) => temporary.includes(entry))).toEqual([]);
  });
});
