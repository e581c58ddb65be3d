/**
 * `npm run bench:site -- [--papers N] [--dumps N] [--rounds N] [--work-dir DIR] [--no-floor] [--no-filter] [--keep]`
 *
 * The site benchmark (not a test): generates a deterministic corpus (`scripts/bench/corpus.ts`), then
 * in each round runs the real build command on it (`scripts/build.ts`: parse, astro build, Pagefind) as a
 * child process and right after it builds the floor (a bare Astro project rendering as many trivial pages),
 * so that each ratio compares two builds made at the same speed of a shared machine. It reports the median
 * round: each stage's wall time, CPU time and peak memory (the process tree's, sampled from `/proc`),
 * astro's render time per route; then the size of `dist/` and its heaviest pages; times the parser alone on
 * the corpus, the related-papers and rendering libraries and the search index alone on the parsed records
 * (in the build, each shares the cores with Astro); times the tag filter in
 * Chromium; adds one more dump to the last round's site and builds it again on that build's cache, then the
 * same dumps from scratch right after, to compare the two at one speed of the machine; checks the budget
 * targets; and ends with one summary line. Everything is written below a
 * work folder, removed at the end unless `--keep`.
 */
// First: the floor's Astro, started from here, keeps its compiled code in the cache the build uses.
import '../lib/compile-cache.ts';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { routeGroups } from './astro-log.ts';
import { writeCorpus } from './corpus.ts';
import { parseMillis } from './parse-alone.ts';
import { measureDist, type DistFigures } from './dist.ts';
import { settleDisk } from './disk.ts';
import { discardedSites } from '../lib/swap-site.ts';
import { benchFilter, type ClickFigures } from './filter.ts';
import { writeFloorProject } from './floor.ts';
import { runMeasured, stageFigures, type RunFigures } from './process.ts';
import { reportPath, type BuildReport } from '../lib/build-report.ts';
import {
  checkTargets,
  medianOf,
  medianRound,
  peakRss,
  roundRatio,
  type BenchFigures,
  type Round,
} from './targets.ts';
import { buildSearchShards } from '../lib/search-index.ts';
import { relatedPapers } from '../../src/lib/site/related/rank.ts';
import { renderAbstract, renderTitle } from '../../src/lib/render/html.ts';
import { PapersSchema, type Paper } from '../../src/schemas/paper.ts';
import { readTags, tagLabels } from '../../src/lib/site/taxonomy.ts';
import { formatBytes, formatSeconds as seconds } from '../lib/format-units.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ASTRO = join(ROOT, 'node_modules/.bin/astro');
const BASE = '/paper-digest/';
const SITE_URL = `https://example.org${BASE}`;

const USAGE = `Usage: npm run bench:site -- [--papers N] [--dumps N] [--rounds N] [--work-dir DIR] [--no-floor] [--no-filter] [--keep]

  --papers N       distinct papers in the generated corpus (default 10000)
  --dumps N        dumps they are spread over, one a day (default 100)
  --rounds N       builds of the site, each followed by one of the floor; the median is reported (default 3)
  --work-dir DIR   where to write the corpus and the builds (default: a new folder in the system temp)
  --no-floor       skip the bare Astro build (no ratio)
  --no-filter      skip the tag filter timing in Chromium
  --keep           keep the work folder (the built site, the logs)`;

/**
 * The Node flags `npm run build` starts the build with (its script in package.json: `node <flags>
 * scripts/build.ts`), so that the benchmark measures the build as the command runs it.
 */
async function buildFlags(): Promise<string[]> {
  const { scripts } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const words = (scripts['build'] ?? '').split(/\s+/);
  const script = words.indexOf('scripts/build.ts');
  if (words[0] !== 'node' || script < 0)
    throw new Error(`bench: cannot read the build command: ${scripts['build']}`);
  return words.slice(1, script);
}

const kilobytes = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/** Times `work` once, in milliseconds. */
function timed(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      papers: { type: 'string', default: '10000' },
      dumps: { type: 'string', default: '100' },
      rounds: { type: 'string', default: '3' },
      'work-dir': { type: 'string' },
      'no-floor': { type: 'boolean', default: false },
      'no-filter': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const papers = Number(values.papers);
  const dumps = Number(values.dumps);
  const roundCount = Number(values.rounds);
  const counts = [papers, dumps, roundCount];
  if (!counts.every((count) => Number.isInteger(count) && count >= 1) || dumps > papers) {
    console.error(
      `bench: error: --papers, --dumps and --rounds take positive integers, dumps ≤ papers\n\n${USAGE}`,
    );
    return 2;
  }
  const work = resolve(values['work-dir'] ?? (await mkdtemp(join(tmpdir(), 'paper-digest-bench-'))));
  await mkdir(work, { recursive: true });
  const log = createWriteStream(join(work, 'bench.log'));
  console.log(`bench: work folder ${work} (log: ${join(work, 'bench.log')})`);
  let keep = values.keep;
  /** Keeps the work folder of a failed run for its log. */
  const failed = (what: string) => {
    console.error(`bench: ${what} failed; see ${join(work, 'bench.log')}`);
    keep = true;
    return 1;
  };
  try {
    await removeEarlierRuns(work);
    // One dump more than asked for, set aside for the incremental build at the end.
    const corpus = await writeCorpus(join(work, 'dumps'), {
      papers: papers + Math.round(papers / dumps),
      dumps: dumps + 1,
    });
    const nextDump = corpus.files.at(-1)!;
    await rename(nextDump, join(work, basename(nextDump)));
    console.log(
      `bench: corpus of ${papers} papers in ${dumps} dumps: ${corpus.entries} entries, ${formatBytes(corpus.bytes)}`,
    );
    await waitForDisk(work, 'disk');
    const rounds = await runRounds(work, roundCount, !values['no-floor'], log);
    if (!rounds) return failed('a round');
    const median = medianRound(rounds);
    const pages = median.build.pages;
    reportRounds(rounds, median);
    const last = roundDir(work, roundCount);
    const dist = await measureDist(join(last, 'dist'), BASE);
    reportDist(dist);
    // What the build itself warns of (a site nearing what GitHub Pages publishes), not the parser's warnings.
    for (const line of median.build.errorLines) if (line.startsWith('build: warning: ')) console.log(line);
    const records = PapersSchema.parse(JSON.parse(await readFile(join(last, 'papers.json'), 'utf8')));
    const parseMs = await timeParse(work, last, log, median);
    if (parseMs === undefined) return failed('the parser alone');
    const relatedMs = reportLibraries(records);
    const searchIndexMs = await timeSearchIndex(records, join(last, 'search-alone'));
    if (searchIndexMs === undefined) return failed('the search index alone');
    const clicks = values['no-filter'] ? [] : await timeFilter(join(last, 'dist'));
    await rename(join(work, basename(nextDump)), nextDump);
    // Both builds compared start on a disk that creates files at its usual speed.
    await waitForDisk(work, 'disk-incremental');
    const incremental = await buildSite(work, last, log, 'incremental, one dump more');
    if (incremental.status !== 0) return failed('the incremental build');
    // The build left its previous site to a removal in the background; the build it is compared with must not
    // pay for that removal, nor for the slow file creation that follows one.
    await removalsDone(join(last, 'dist'));
    await waitForDisk(work, 'disk-fresh');
    const fresh = await buildSite(work, join(work, 'fresh'), log, 'the same dumps from scratch');
    if (fresh.status !== 0) return failed('the build from scratch');
    console.log(
      `bench: incremental build (one dump added to the last round's site and cache) ${seconds(incremental.ms)}, ` +
        `${(incremental.ms / fresh.ms).toFixed(2)} of the same site built from scratch right after (${seconds(fresh.ms)})`,
    );
    const figures: BenchFigures = {
      papers,
      rounds,
      dist,
      parseMs,
      relatedMs,
      searchIndexMs,
      clicks,
      incrementalMs: incremental.ms,
      freshMs: fresh.ms,
    };
    reportTargets(figures);
    console.log(summary(pages, figures));
    return 0;
  } finally {
    log.end();
    if (!keep) await rm(work, { recursive: true, force: true });
  }
}

/** Removes the sites and caches a run kept in `work` (`--keep`): this run's builds start from scratch. */
async function removeEarlierRuns(work: string): Promise<void> {
  const kept = (await readdir(work)).filter((name) => /^(?:round-\d+|fresh)$/.test(name));
  await Promise.all(kept.map((name) => rm(join(work, name), { recursive: true, force: true })));
}

/**
 * Waits until the replaced sites next to `outDir` are removed (a build leaves that to another process), for
 * five minutes at most: a removal that was killed leaves its site for good.
 */
async function removalsDone(outDir: string): Promise<void> {
  const start = performance.now();
  const waited = () => performance.now() - start;
  while ((await discardedSites(outDir)).length > 0 && waited() < 300_000) await sleep(1000);
  if (waited() >= 1000) console.log(`bench: waited ${seconds(waited())} for the replaced site's removal`);
}

/** The folder of one round: its records, Astro's cache, its site and its floor. */
function roundDir(work: string, round: number): string {
  return join(work, `round-${round}`);
}

/** Waits until the disk under `work/probes` creates files at its usual speed, and says how long that took. */
async function waitForDisk(work: string, probes: string): Promise<void> {
  const disk = await settleDisk(join(work, probes));
  const waited =
    disk.waitedMs >= 1000 ? ` after waiting ${seconds(disk.waitedMs)} for recent removals to age` : '';
  const slow = disk.settled ? '' : ' (still slow: the build times below are slowed too)';
  console.log(`bench: disk: ${disk.microsPerFile.toFixed(0)} µs per new file${waited}${slow}`);
}

/**
 * Builds the site `count` times, each followed by the floor (unless `withFloor` is false), each round in
 * `work/round-N` and nothing removed until the end: on this machine's ext4 (no journal) every file created
 * within minutes of a mass removal costs a scan past the removed inodes, which slowed whichever build came
 * next by up to three times. Undefined when a build fails.
 */
async function runRounds(
  work: string,
  count: number,
  withFloor: boolean,
  log: WriteStream,
): Promise<Round[] | undefined> {
  const rounds: Round[] = [];
  for (let round = 1; round <= count; round++) {
    const dir = roundDir(work, round);
    const build = await buildSite(work, dir, log, `${round}/${count}`);
    if (build.status !== 0) {
      console.error(`bench: round ${round}: the build failed with exit status ${build.status}`);
      return undefined;
    }
    const floor = withFloor ? await buildFloor(dir, build.pages, log) : undefined;
    rounds.push({ build, floor });
  }
  return rounds;
}

/**
 * Runs the real build command on the corpus in `work/dumps`, into `dir/dist` with records and Astro's
 * cache in `dir` too, so that every round starts as the first did.
 */
async function buildSite(
  work: string,
  dir: string,
  log: WriteStream,
  round: string,
): Promise<Round['build']> {
  console.log(`bench: round ${round}: building the site (parse, astro with pagefind, swap)…`);
  const args = ['--dumps', join(work, 'dumps'), '--papers', join(dir, 'papers.json')];
  const dist = join(dir, 'dist');
  const pageLog = join(dir, 'pages.log');
  // The build refuses a page log it cannot write before it starts: its folder must exist first.
  await mkdir(dir, { recursive: true });
  const command = [
    ...(await buildFlags()),
    'scripts/build.ts',
    ...args,
    '--out-dir',
    dist,
    '--page-log',
    pageLog,
  ];
  const run = await runMeasured(process.execPath, command, {
    cwd: ROOT,
    env: {
      ...process.env,
      BASE_PATH: BASE,
      SITE_URL,
      ASTRO_CACHE_DIR: join(dir, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    log,
  });
  // A failed build is the caller's to report (its log says why); it may have written no report at all.
  if (run.status !== 0) return { ...run, stages: [], pages: 0, pathLines: [] };
  const report = JSON.parse(await readFile(reportPath(join(dir, 'papers.json')), 'utf8')) as BuildReport;
  const pathLines = (
    await readFile(pageLog, 'utf8').catch(() => {
      console.log(`bench: round ${round}: the build wrote no page log; its render times are left out`);
      return '';
    })
  ).split('\n');
  return {
    ...run,
    stages: stageFigures(run.samples, report.stages),
    pages: report.site?.pages ?? 0,
    pathLines,
  };
}

/** Builds the bare Astro project with `pages` trivial pages in `dir/floor`; undefined when it fails. */
async function buildFloor(dir: string, pages: number, log: WriteStream): Promise<RunFigures | undefined> {
  console.log(`bench: building the floor (bare Astro, ${pages} trivial pages)…`);
  const floorDir = join(dir, 'floor');
  await writeFloorProject(floorDir, join(ROOT, 'node_modules'));
  const floor = await runMeasured(process.execPath, [ASTRO, 'build', '--root', floorDir], {
    cwd: floorDir,
    env: { ...process.env, FLOOR_PAGES: String(pages), ASTRO_TELEMETRY_DISABLED: '1' },
    log,
  });
  if (floor.status !== 0) {
    console.error(`bench: the floor build failed; see ${join(dir, '..', 'bench.log')}`);
    return undefined;
  }
  console.log(
    `bench: floor ${seconds(floor.ms)}, CPU ${seconds(floor.cpuMs)}, peak RSS ${formatBytes(floor.peakRss)}`,
  );
  return floor;
}

/** Clicks the two largest tags on the all-papers list and on the third largest tag's page of the site in `dist`. */
async function timeFilter(dist: string): Promise<ClickFigures[]> {
  const manifest = JSON.parse(await readFile(join(dist, 'filter/manifest.json'), 'utf8')) as {
    tags: { id: string; count: number }[];
  };
  const [first, second, third] = [...manifest.tags].sort((a, b) => b.count - a.count);
  if (!first || !second) return [];
  const routes = ['papers/', ...(third ? [`tags/${third.id}/`] : [])];
  const figures = await benchFilter(dist, BASE, routes, [first.id, second.id]);
  for (const { route, clicks } of figures) {
    for (const click of clicks) {
      console.log(
        `bench: filter ${route} [${click.tags.join(' + ')}]: first results in ${click.ms.toFixed(0)} ms, ` +
          `${click.requests} requests, ${kilobytes(click.bytes)} transferred (${kilobytes(click.gzipBytes)} ` +
          `gzipped): ${click.status}`,
      );
    }
  }
  return figures.flatMap((figure) => figure.clicks);
}

/**
 * Each round's build, floor and ratio (two decimals, as the targets table has them: a 2.47 or a 2.51 must
 * not read as the target's 2.5), then the median round's build in detail.
 */
function reportRounds(rounds: Round[], median: Round): void {
  if (rounds.length > 1) {
    console.log(`bench: ${rounds.length} rounds; the median round (by ratio) is reported from here on:`);
    rounds.forEach((round, n) => {
      const ratio = roundRatio(round);
      const floor = round.floor ? `, floor ${seconds(round.floor.ms)}` : '';
      const shown = ratio === undefined ? '' : `, ratio ${ratio.toFixed(2)}`;
      console.log(
        `  round ${n + 1}: build ${seconds(round.build.ms)}${floor}${shown}${round === median ? ' (median)' : ''}`,
      );
    });
  }
  const { build } = median;
  console.log(
    `bench: build ${seconds(build.ms)}, CPU ${seconds(build.cpuMs)}, peak RSS ${formatBytes(build.peakRss)} (process tree)`,
  );
  console.log(
    '  (stages as the build reports them; the parser runs while Astro starts, so their figures overlap)',
  );
  for (const stage of build.stages) {
    console.log(
      `  ${stage.name.padEnd(9)} ${seconds(stage.ms).padStart(8)}   CPU ${seconds(stage.cpuMs).padStart(8)}` +
        `   peak RSS ${formatBytes(stage.peakRss)} (largest process ${formatBytes(stage.peakProcessRss)})`,
    );
  }
  const groups = routeGroups(build.pathLines);
  const total = groups.reduce((sum, group) => sum + group.ms, 0);
  console.log(`bench: astro render time by route (${seconds(total)} in all, as astro build reports it):`);
  for (const group of groups.slice(0, 12)) {
    const each = (group.ms / group.pages).toFixed(1);
    console.log(
      `  ${group.route.padEnd(28)} ${String(group.pages).padStart(7)} pages ${seconds(group.ms).padStart(8)}  (${each} ms each)`,
    );
  }
}

function reportDist(dist: DistFigures): void {
  console.log(`bench: dist ${formatBytes(dist.bytes)} in ${dist.files} files, ${dist.htmlPages} HTML pages`);
  console.log(
    `  ${dist.folders
      .slice(0, 8)
      .map(([name, bytes]) => `${name} ${formatBytes(bytes)}`)
      .join(', ')}`,
  );
  const { js, css, html, papers } = dist.heaviest;
  console.log(
    `  heaviest (gzip): JS ${kilobytes(js.value)} (${js.page}), CSS ${kilobytes(css.value)} (${css.page}), ` +
      `HTML ${kilobytes(html.value)} (${html.page})`,
  );
  console.log(
    `  home HTML ${kilobytes(dist.home?.html ?? 0)} (gzip); most papers on a page: ${papers.value} (${papers.page})`,
  );
}

/** Times the libraries the build runs over every record; returns the related-papers time. */
function reportLibraries(records: Paper[]): number {
  let related = new Map<string, string[]>();
  const relatedMs = timed(() => (related = relatedPapers(records, 5)));
  const withRelated = [...related.values()].filter((ids) => ids.length > 0).length;
  const abstractMs = timed(() => records.forEach((paper) => renderAbstract(paper.abstract)));
  const titleMs = timed(() => records.forEach((paper) => renderTitle(paper.title)));
  console.log(
    `bench: libraries on ${records.length} records: related papers ${seconds(relatedMs)} ` +
      `(${withRelated} with related), abstracts rendered ${seconds(abstractMs)}, titles ${seconds(titleMs)}`,
  );
  return relatedMs;
}

/**
 * Times the parser alone on the corpus, three times, each in a process of its own that parses once as the
 * build's parse stage does (`scripts/bench/parse-alone.ts`: the parser loaded, nothing run before); prints
 * the median beside the parse stage of the median round's build, where Astro starts beside the parser.
 * The median in milliseconds; undefined when a run fails.
 */
async function timeParse(
  work: string,
  dir: string,
  log: WriteStream,
  round: Round,
): Promise<number | undefined> {
  const args = ['scripts/bench/parse-alone.ts', '--out', join(dir, 'parse-alone.json'), join(work, 'dumps')];
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    const parse = await runMeasured(process.execPath, args, { cwd: ROOT, env: process.env, log });
    const ms = parseMillis(parse.lines);
    if (parse.status !== 0 || ms === undefined) {
      console.error(`bench: the parser alone failed with exit status ${parse.status}`);
      return undefined;
    }
    times.push(ms);
  }
  const ms = medianOf(times);
  const inBuild = round.build.stages.find((stage) => stage.name === 'parse')?.ms;
  console.log(
    `bench: parse alone ${seconds(ms)} (median of ${times.map((time) => seconds(time)).join(', ')})` +
      (inBuild === undefined ? '' : `; ${seconds(inBuild)} in the build, beside Astro's start`),
  );
  return ms;
}

/**
 * Times the search index made alone from the records, as the build makes it with an empty cache (every shard
 * written into `dir`) but with every core: the component's own time, as for related papers; in the build it
 * is made beside Astro, with a core less. Undefined (reported) when Pagefind fails.
 */
async function timeSearchIndex(records: Paper[], dir: string): Promise<number | undefined> {
  const start = performance.now();
  try {
    const { dirs } = await buildSearchShards(records, tagLabels(readTags()), dir);
    const ms = performance.now() - start;
    console.log(`bench: search index alone ${seconds(ms)} (${dirs.length} shard(s))`);
    return ms;
  } catch (error) {
    console.error(`bench: search index: ${(error as Error).message}`);
    return undefined;
  }
}

function reportTargets(figures: BenchFigures): void {
  console.log(`bench: targets (for ${figures.papers.toLocaleString('en-US')} papers):`);
  for (const check of checkTargets(figures)) {
    const mark = check.met ? 'met   ' : 'MISSED';
    console.log(`  ${mark} ${check.name.padEnd(28)} ${check.measured.padStart(9)}  (target ${check.target})`);
  }
}

/**
 * `10000 papers, 11082 pages: build 27.5 s (floor 8.9 s, ratio 3.1), CPU …, peak RSS 1.85 GB, dist 200 MB
 * (20.0 KB per paper), one more dump 20.2 s (0.74 of a build from scratch)`: the median round's times, the highest peak,
 * and with several rounds the range of their ratios (two decimals; the summary's own ratios keep one).
 */
function summary(pages: number, { papers, rounds, dist, incrementalMs, freshMs }: BenchFigures): string {
  const { build, floor } = medianRound(rounds);
  const ratio = (ours: number, theirs: number | undefined) =>
    theirs === undefined ? 'no floor' : `floor ${seconds(theirs)}, ratio ${(ours / theirs).toFixed(1)}`;
  const ratios = rounds.map(roundRatio).filter((value) => value !== undefined);
  const range =
    rounds.length > 1 && ratios.length > 0
      ? `; median of ${rounds.length} rounds, ratios ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}`
      : '';
  return (
    `${papers} papers, ${pages} pages: build ${seconds(build.ms)} (${ratio(build.ms, floor?.ms)}), ` +
    `CPU ${seconds(build.cpuMs)} (${ratio(build.cpuMs, floor?.cpuMs)}), ` +
    `peak RSS ${formatBytes(peakRss(rounds))}, dist ${formatBytes(dist.bytes)} ` +
    `(${kilobytes(dist.bytes / papers)} per paper), one more dump ${seconds(incrementalMs)} ` +
    `(${(incrementalMs / freshMs).toFixed(2)} of a build from scratch)${range}`
  );
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
