import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BUILD_OPTIONS,
  formatBytes,
  formatSeconds,
  PAGES_LIMIT_BYTES,
  pagesLimitWarning,
  parseBuildArgs,
  stagingPaths,
} from '../../scripts/lib/build-options.ts';

describe('parseBuildArgs', () => {
  it('defaults to the project content and dist/', () => {
    expect(parseBuildArgs([])).toEqual({ ok: true, options: DEFAULT_BUILD_OPTIONS });
    expect(DEFAULT_BUILD_OPTIONS).toEqual({
      dumps: 'content/dumps',
      papers: 'content/papers.json',
      outDir: 'dist',
      help: false,
    });
  });

  it('reads every option, in both --name value and --name=value forms', () => {
    expect(parseBuildArgs(['--dumps', 'd', '--papers=p.json', '--out-dir', 'o', '--help'])).toEqual({
      ok: true,
      options: { dumps: 'd', papers: 'p.json', outDir: 'o', help: true },
    });
    expect(parseBuildArgs(['-h'])).toMatchObject({ ok: true, options: { help: true } });
  });

  it('reports unknown options, stray arguments, missing and empty values as usage errors', () => {
    expect(parseBuildArgs(['--out', 'x'])).toEqual({ ok: false, message: expect.stringMatching(/'--out'/) });
    expect(parseBuildArgs(['content/dumps/2025-12-10.txt'])).toEqual({
      ok: false,
      message: expect.stringMatching(/positional argument/),
    });
    expect(parseBuildArgs(['--dumps'])).toEqual({ ok: false, message: expect.stringMatching(/--dumps/) });
    expect(parseBuildArgs(['--out-dir='])).toEqual({
      ok: false,
      message: '--out-dir needs a non-empty value',
    });
  });
});

describe('stagingPaths', () => {
  it('puts hidden .tmp siblings next to the output folder', () => {
    expect(stagingPaths('/w/site/dist')).toEqual({
      staging: '/w/site/.dist.tmp',
      search: '/w/site/.dist.pagefind.tmp',
      previous: '/w/site/.dist.old.tmp',
    });
    expect(stagingPaths('/w/out/')).toEqual({
      staging: '/w/.out.tmp',
      search: '/w/.out.pagefind.tmp',
      previous: '/w/.out.old.tmp',
    });
  });
});

describe('formatSeconds', () => {
  it('prints seconds with one decimal', () => {
    expect(formatSeconds(0)).toBe('0.0 s');
    expect(formatSeconds(1234)).toBe('1.2 s');
    expect(formatSeconds(61_080)).toBe('61.1 s');
    expect(formatSeconds(1234, 2)).toBe('1.23 s');
  });
});

describe('formatBytes', () => {
  it('prints decimal megabytes, then gigabytes, with at most three figures', () => {
    expect(formatBytes(52_340_000)).toBe('52.3 MB');
    expect(formatBytes(228_878_000)).toBe('229 MB');
    expect(formatBytes(2_263_000_000)).toBe('2.26 GB');
  });
});

describe('pagesLimitWarning', () => {
  it('says nothing while the site is well within what GitHub Pages publishes', () => {
    expect(pagesLimitWarning(229e6)).toBeUndefined();
    expect(pagesLimitWarning(0.79 * PAGES_LIMIT_BYTES)).toBeUndefined();
  });

  it('warns from 80% of the limit on, with the share and what to do', () => {
    const warning = pagesLimitWarning(0.85 * PAGES_LIMIT_BYTES);
    expect(warning).toMatch(/^the site is 850 MB, 85% of the 1 GB GitHub Pages publishes: /);
    expect(warning).toContain('another static host');
    expect(warning).toContain('--dumps DIR');
  });

  it('says that deploying to GitHub Pages fails once the site is over the limit', () => {
    const warning = pagesLimitWarning(2.26e9);
    expect(warning).toMatch(
      /^the site is 2\.26 GB, more than the 1 GB GitHub Pages publishes: deploying it there will fail;/,
    );
    expect(pagesLimitWarning(PAGES_LIMIT_BYTES + 1)).toMatch(/more than the 1 GB/);
    expect(pagesLimitWarning(PAGES_LIMIT_BYTES)).toMatch(/^the site is 1\.00 GB, 100% of the 1 GB/);
  });
});
