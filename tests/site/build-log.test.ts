/**
 * The build's log: the lines Astro makes per generated path are counted (and kept for the page log), every
 * other message is Astro's own.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import type { AstroLoggerMessage } from 'astro';
import { afterEach, describe, expect, it, vi } from 'vitest';
import buildLog, { pathSummary, tallyPath, type PathTally } from '../../src/integrations/build-log.ts';

/** The messages Astro's page generation logs for one path, as `generate.js` makes them. */
const start = (path: string, colour = ''): AstroLoggerMessage => ({
  label: null,
  level: 'info',
  message: `  ${colour}├─${colour ? '\u001b[39m' : ''} ${path}`,
  newLine: false,
});
const end = (text: string): AstroLoggerMessage => ({
  label: 'SKIP_FORMAT',
  level: 'info',
  message: ` ${text} `,
  newLine: true,
});
const info = (label: string | null, message: string): AstroLoggerMessage => ({
  label,
  level: 'info',
  message,
  newLine: true,
});

describe('tallyPath', () => {
  it('counts rendered paths by their time and kept ones by how they were kept', () => {
    const tally: PathTally = { rendered: 0, kept: 0, lines: [] };
    const events = [
      start('/papers/a/index.html', '\u001b[34m'),
      end('(+12ms)'),
      start('/papers/b/index.html'),
      end('(+1.2s)'),
      start('/papers/c/index.html'),
      { ...end('(cached)'), message: ' (cached)' },
      start('/papers/d/index.html'),
      { ...end('(restored)'), message: ' \u001b[32m(restored)\u001b[39m' },
    ];
    expect(events.map((event) => tallyPath(event, tally))).toEqual(events.map(() => true));
    expect(tally).toMatchObject({ rendered: 2, kept: 2 });
    expect(tally.lines?.join('')).toBe(
      '  ├─ /papers/a/index.html (+12ms) \n  ├─ /papers/b/index.html (+1.2s) \n' +
        '  ├─ /papers/c/index.html (cached)\n  ├─ /papers/d/index.html (restored)\n',
    );
  });

  it('leaves every other message alone', () => {
    const tally: PathTally = { rendered: 0, kept: 0, lines: undefined };
    const others = [
      info('build', 'Building static entrypoints...'),
      info(null, '✓ Completed in 8.12s.\n'),
      info('SKIP_FORMAT', '\n generating static routes '),
      info('paper-digest:pagefind', '12 paper pages indexed in 1 shard(s)'),
      { ...info(null, '  ├─ /papers/a/index.html'), newLine: true },
      { ...info('vite', ' (+ a plugin)'), newLine: true },
    ];
    expect(others.map((event) => tallyPath(event, tally))).toEqual(others.map(() => false));
    expect(tally).toMatchObject({ rendered: 0, kept: 0 });
  });
});

describe('pathSummary', () => {
  it('says how many paths were generated, rendered and kept', () => {
    expect(pathSummary({ rendered: 3, kept: 9, lines: undefined })).toBe(
      '12 path(s) generated: 3 rendered, 9 unchanged since the last build',
    );
  });
});

describe('the build log', () => {
  let dir = '';
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = '';
  });

  /** What the destination prints for `events`, without Astro's timestamps and colours. */
  function printed(events: AstroLoggerMessage[]): string {
    let out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
    const log = buildLog();
    for (const event of events) log.write(event);
    vi.restoreAllMocks();
    // Astro colours its prefixes where FORCE_COLOR is set, as on CI.
    return stripVTControlCharacters(out).replace(/^\d\d:\d\d:\d\d /gm, '');
  }

  const generation = [
    info('SKIP_FORMAT', ' generating static routes '),
    start('/a/index.html'),
    start('/b/index.html'),
    end('(+3ms)'),
    end('(cached)'),
    info(null, '✓ Completed in 1.00s.\n'),
    info('build', '2 page(s) built in 1.50s'),
  ];

  it('prints the summary instead of the paths, before Astro says the pages are done', () => {
    expect(printed(generation)).toBe(
      ' generating static routes \n' +
        '[build] 2 path(s) generated: 1 rendered, 1 unchanged since the last build\n' +
        '✓ Completed in 1.00s.\n\n' +
        '[build] 2 page(s) built in 1.50s\n',
    );
  });

  it('writes the paths to the page log, when asked for one', () => {
    dir = mkdtempSync(join(tmpdir(), 'build-log-'));
    vi.stubEnv('BUILD_PAGE_LOG', join(dir, 'pages.log'));
    printed(generation);
    expect(readFileSync(join(dir, 'pages.log'), 'utf8')).toBe(
      '  ├─ /a/index.html  ├─ /b/index.html (+3ms) \n (cached) \n',
    );
  });
});
