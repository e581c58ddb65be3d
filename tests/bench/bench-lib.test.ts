/**
 * The site benchmark's parts: the corpus plan, reading astro build's output, checking the targets, waiting
 * for the disk.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtPages, routeGroups, routeShape } from '../../scripts/lib/bench-astro-log.ts';
import { corpusPlan } from '../../scripts/lib/bench-corpus.ts';
import { settleDisk } from '../../scripts/lib/bench-disk.ts';
import { parseMillis } from '../../scripts/lib/bench-parse.ts';
import type { DistFigures } from '../../scripts/lib/bench-dist.ts';
import type { RunFigures } from '../../scripts/lib/bench-process.ts';
import {
  checkTargets,
  medianOf,
  medianRound,
  searchIndexBesideAstroMs,
} from '../../scripts/lib/bench-targets.ts';

describe('corpusPlan', () => {
  const plan = corpusPlan(10_000, 100);

  it('brings every paper once as new, spread evenly over the dumps', () => {
    const firsts = new Map<number, number>();
    plan.forEach((indices, dump) => indices.forEach((i) => firsts.has(i) || firsts.set(i, dump)));
    expect(firsts.size).toBe(10_000);
    expect([...firsts.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 10_000 }, (_, i) => i));
    const fresh = plan.map((indices, dump) => indices.filter((i) => firsts.get(i) === dump).length);
    expect(new Set(fresh)).toEqual(new Set([100]));
  });

  it('repeats papers of the previous two weeks, never a paper twice in one dump', () => {
    expect(plan[0]).toHaveLength(100);
    for (const [dump, indices] of plan.entries()) {
      expect(new Set(indices).size).toBe(indices.length);
      const repeats = indices.slice(100);
      if (dump > 0) expect(repeats).toHaveLength(15);
      for (const i of repeats) {
        const first = Math.floor(i / 100);
        expect(first).toBeLessThan(dump);
        expect(first).toBeGreaterThanOrEqual(dump - 14);
      }
    }
    expect(corpusPlan(10_000, 100)).toEqual(plan);
  });
});

describe('astro build output', () => {
  const lines = [
    '08:07:15   ├─ /papers/some-paper/index.html (+2ms) ',
    '08:07:15   ├─ /papers/other-paper/index.html (+4ms) ',
    '08:07:15   ├─ /tags/vision/2/index.html (+3ms) ',
    '08:07:15   ├─ /filter/cards/12.json (+1ms) ',
    '08:07:15   └─ /index.html (+1.5s) ',
    '08:07:16 [build] 11261 page(s) built in 23.64s',
  ];

  it('names routes by their shape', () => {
    expect(routeShape('/papers/some-paper/index.html')).toBe('papers/*');
    expect(routeShape('/tags/vision/2/index.html')).toBe('tags/*/N');
    expect(routeShape('/papers/top/3/index.html')).toBe('papers/top/N');
    expect(routeShape('/filter/cards/12.json')).toBe('filter/cards/N.json');
    expect(routeShape('/digests/2024-01-05/feed.xml')).toBe('digests/*/feed.xml');
    expect(routeShape('/index.html')).toBe('/');
  });

  it('sums render times per route shape, costliest first, and reads the page count', () => {
    expect(routeGroups(lines)).toEqual([
      { route: '/', pages: 1, ms: 1500 },
      { route: 'papers/*', pages: 2, ms: 6 },
      { route: 'tags/*/N', pages: 1, ms: 3 },
      { route: 'filter/cards/N.json', pages: 1, ms: 1 },
    ]);
    expect(builtPages(lines)).toBe(11261);
    expect(builtPages(['no count here'])).toBeUndefined();
  });
});

describe('parseMillis', () => {
  it("reads the time of the parser's one run among its output, and nothing from other lines", () => {
    const lines = ['10000 papers from 100 dumps: 0 errors, 715 warnings', 'bench-parse: 912.4 ms'];
    expect(parseMillis(lines)).toBe(912.4);
    expect(parseMillis(['bench-parse: 912.4 ms (warm)', 'parse done in 0.9 s'])).toBeUndefined();
  });
});

describe('medianOf', () => {
  it('takes the middle sample, or the mean of the two middle ones, whatever their order', () => {
    expect(medianOf([1040, 880, 910])).toBe(910);
    expect(medianOf([4, 1, 3, 2])).toBe(2.5);
    expect(medianOf([7])).toBe(7);
  });
});

describe('checkTargets', () => {
  const run = (ms: number, stages: [string, number][] = [], peakRss = 1.5e9): RunFigures => ({
    status: 0,
    ms,
    cpuMs: ms,
    peakRss,
    lines: [],
    errorLines: [],
    stages: stages.map(([name, stageMs]) => ({
      name,
      ms: stageMs,
      cpuMs: stageMs,
      peakRss: 0,
      peakProcessRss: 0,
    })),
  });
  const page = (value: number) => ({ page: 'index.html', value });
  const dist: DistFigures = {
    files: 1,
    bytes: 200e6,
    folders: [],
    htmlPages: 1,
    heaviest: { js: page(4300), css: page(7700), html: page(9000), papers: page(50) },
    home: { html: 8700, js: 4300, css: 7700, papers: 50, files: [] },
  };

  it('checks each target against the figures', () => {
    const checks = checkTargets({
      rounds: [
        {
          build: run(32_000, [
            ['parse', 900],
            ['astro', 23_000],
            ['pagefind', 7500],
          ]),
          floor: run(8000),
        },
      ],
      dist,
      parseMs: 1040,
      relatedMs: 700,
      searchIndexMs: 10_400,
      clicks: [{ tags: ['a'], ms: 120, requests: 4, bytes: 50_000, gzipBytes: 15_000, status: '' }],
    });
    const missed = checks.filter((check) => !check.met).map((check) => `${check.name}: ${check.measured}`);
    expect(missed).toEqual([
      'build / floor (wall): 4.00',
      'dist/: 200 MB',
      'parse: 1.04 s',
      'search index: 10.40 s',
    ]);
    expect(checks.map((check) => check.name)).toContain('filter: first results');
  });

  it('leaves out what was not measured', () => {
    const rounds = [{ build: run(1000), floor: undefined }];
    const names = checkTargets({
      rounds,
      dist,
      parseMs: 1,
      relatedMs: 1,
      searchIndexMs: 8400,
      clicks: [],
    }).map((check) => check.name);
    expect(names).not.toContain('build / floor (wall)');
    expect(names).not.toContain('filter: first results');
  });

  it('takes the times of the round with the median ratio and the highest peak memory of any round', () => {
    const rounds = [
      {
        build: {
          ...run(30_000, [['parse', 1200]]),
          lines: [
            'build: pagefind: 10000 paper pages indexed in 7.7 s beside Astro (added in 2.9 s, written in 4.8 s)',
          ],
        },
        floor: run(10_000),
      },
      { build: run(26_000, [['parse', 900]], 2.1e9), floor: run(13_000) },
      { build: run(24_000, [['parse', 800]]), floor: run(6000) },
    ];
    expect(medianRound(rounds)).toBe(rounds[0]);
    const checks = checkTargets({
      rounds,
      dist,
      parseMs: 950,
      relatedMs: 1,
      searchIndexMs: 8400,
      clicks: [],
    });
    const measured = (name: string) => checks.find((check) => check.name === name)?.measured;
    expect(measured('build / floor (wall)')).toBe('3.00');
    // The parser alone, not the median round's parse stage (1.2 s, beside Astro's start).
    expect(measured('parse')).toBe('0.95 s');
    expect(measured('search index')).toBe('8.40 s');
    expect(searchIndexBesideAstroMs(rounds[0]!.build.lines)).toBe(7700);
    expect(searchIndexBesideAstroMs(rounds[1]!.build.lines)).toBeUndefined();
    expect(measured('peak memory')).toBe('2.10 GB');
    expect(checks.find((check) => check.name === 'peak memory')?.met).toBe(false);
  });

  it('takes the lower middle of an even count, and the median build time without floors', () => {
    const fast = { build: run(10_000), floor: run(5000) };
    const slow = { build: run(12_000), floor: run(4000) };
    expect(medianRound([slow, fast])).toBe(fast);
    const bare = [run(3000), run(1000), run(2000)].map((build) => ({ build, floor: undefined }));
    expect(medianRound(bare)).toBe(bare[2]);
  });
});

describe('settleDisk', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bench-disk-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('creates the probe folders and stops at the first probe under the limit', async () => {
    const quick = await settleDisk(dir, { limitMicros: Number.MAX_VALUE });
    expect(quick.settled).toBe(true);
    expect(quick.microsPerFile).toBeGreaterThan(0);
    expect(await readdir(dir)).toEqual(['probe-0']);
    expect(await readdir(join(dir, 'probe-0'))).toHaveLength(1000);
  });

  it('gives up, unsettled, when the wait would pass its limit', async () => {
    const slow = await settleDisk(dir, { limitMicros: 0, pauseMs: 10, maxWaitMs: 0 });
    expect(slow.settled).toBe(false);
    expect(await readdir(dir)).toEqual(['probe-0']);
  });
});
