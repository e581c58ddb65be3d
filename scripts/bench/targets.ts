/**
 * The targets of the site benchmark (on a 2-core machine) checked against what a run measured.
 * Pure: figures in, one line per target out. Most are set for 10,000 papers, and the component times scale
 * with the papers; the build's ratio to the floor and its peak memory have targets of their own for larger
 * sites (up to 100,000 papers: a build that fits a hosted runner with 7 GB).
 */
import type { ClickFigures } from './filter.ts';
import type { DistFigures } from './dist.ts';
import type { RunFigures, StageFigures } from './process.ts';
import { formatBytes, formatSeconds } from '../lib/format-units.ts';

/** One build of the site and the floor's build right after it (none with `--no-floor`). */
export interface Round {
  /**
   * The build, with its stages and page count from its report, and its page log's lines (one per generated
   * path, `--page-log`).
   */
  build: RunFigures & { stages: StageFigures[]; pages: number; pathLines: string[] };
  floor: RunFigures | undefined;
}

/** What a benchmark run measured. */
export interface BenchFigures {
  /** Papers in the corpus. */
  papers: number;
  /** Every round, at least one. */
  rounds: Round[];
  dist: DistFigures;
  /**
   * The parser alone on the corpus, parsed once in a process of its own with the parser already loaded, as
   * the build's parse stage does (`parse-alone.ts`): the median of three runs, milliseconds. (In the build,
   * Astro starts beside it.)
   */
  parseMs: number;
  /** Related papers over the whole collection, milliseconds. */
  relatedMs: number;
  /** The search index made alone from the records (added and written, on every core), milliseconds. */
  searchIndexMs: number;
  clicks: ClickFigures[];
  /** The build after one more dump, on the last round's site and cache, milliseconds. */
  incrementalMs: number;
  /**
   * The same dumps built from scratch right after it, milliseconds: the full build it is held to, made at the
   * same speed of a shared machine (as the floor is for the rounds).
   */
  freshMs: number;
}

/** One target: what it asks, what was measured, whether it is met. */
export interface TargetCheck {
  name: string;
  measured: string;
  target: string;
  met: boolean;
}

const KB = 1000;

/** The ratio of a round's build to its floor's, or undefined without a floor. */
export function roundRatio({ build, floor }: Round): number | undefined {
  return floor?.status === 0 ? build.ms / floor.ms : undefined;
}

/** The middle of `samples` (the mean of the two middle ones for an even count). */
export function medianOf(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The round with the median ratio (the lower middle of an even count), or with the median build time when
 * there is no floor. The machine's speed drifts by a third within minutes, so one round says little.
 */
export function medianRound(rounds: readonly Round[]): Round {
  const key = (round: Round) => roundRatio(round) ?? round.build.ms;
  const sorted = [...rounds].sort((a, b) => key(a) - key(b));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** The highest peak memory of the rounds' builds. */
export function peakRss(rounds: readonly Round[]): number {
  return Math.max(...rounds.map((round) => round.build.peakRss));
}

/**
 * Each target against the figures: times from the median round, memory the highest of any
 * round. Targets without a figure (no floor, no filter run) are left out.
 */
export function checkTargets(figures: BenchFigures): TargetCheck[] {
  const { dist, papers } = figures;
  const checks: TargetCheck[] = [];
  const add = (name: string, measured: string, target: string, met: boolean) =>
    checks.push({ name, measured, target, met });
  const small = papers <= 10_000;
  const median = medianRound(figures.rounds);
  const ratio = roundRatio(median);
  const maxRatio = small ? 2.5 : 3;
  // Two decimals where one would round a miss into a pass (a ratio of 2.54 against ≤ 2.5, a parse of 0.96 s).
  if (ratio !== undefined) add('build / floor (wall)', ratio.toFixed(2), `≤ ${maxRatio}`, ratio <= maxRatio);
  const peak = peakRss(figures.rounds);
  const maxPeak = small ? 2e9 : 6e9;
  add('peak memory', formatBytes(peak), `< ${formatBytes(maxPeak)}`, peak < maxPeak);
  const perPaper = dist.bytes / papers;
  add('dist/ per paper', `${(perPaper / KB).toFixed(1)} KB`, '< 20 KB', perPaper < 20 * KB);
  const incremental = figures.incrementalMs / figures.freshMs;
  add('one more dump / full build', incremental.toFixed(2), '≤ 0.5', incremental <= 0.5);
  // The components' own times grow with the papers: their targets for 10,000, scaled.
  const scale = papers / 10_000;
  const precise = (ms: number) => formatSeconds(ms, 2);
  const within = (name: string, ms: number, seconds: number) =>
    add(name, precise(ms), `< ${formatSeconds(seconds * scale * 1000, 2)}`, ms < seconds * scale * 1000);
  within('parse', figures.parseMs, 1);
  within('related papers', figures.relatedMs, 5);
  within('search index', figures.searchIndexMs, 10);
  const { js, css, papers: listed } = dist.heaviest;
  add('JavaScript per page (gzip)', `${(js.value / KB).toFixed(1)} KB`, '≤ 15 KB', js.value <= 15 * KB);
  add('CSS per page (gzip)', `${(css.value / KB).toFixed(1)} KB`, '≤ 10 KB', css.value <= 10 * KB);
  const home = dist.home?.html ?? 0;
  add('home page HTML (gzip)', `${(home / KB).toFixed(1)} KB`, '≤ 30 KB', home <= 30 * KB);
  add('papers on a page', String(listed.value), '≤ 100', listed.value <= 100);
  if (figures.clicks.length > 0) {
    const slowest = Math.max(...figures.clicks.map((click) => click.ms));
    const heaviest = Math.max(...figures.clicks.map((click) => click.bytes));
    add('filter: first results', `${slowest.toFixed(0)} ms`, '< 300 ms', slowest < 300);
    add('filter: transferred', `${(heaviest / KB).toFixed(0)} KB`, '< 200 KB', heaviest < 200 * KB);
  }
  return checks;
}
