/**
 * The targets of the site benchmark (on a 2-core machine) checked against what a run measured.
 * Pure: figures in, one line per target out. The targets hold for 10,000 papers; larger runs report them
 * for comparison.
 */
import type { ClickFigures } from './filter.ts';
import type { DistFigures } from './dist.ts';
import type { RunFigures, StageFigures } from './process.ts';
import { formatBytes, formatSeconds } from '../lib/format-units.ts';

/** One build of the site and the floor's build right after it (none with `--no-floor`). */
export interface Round {
  /** The build, with its stages and page count from its report. */
  build: RunFigures & { stages: StageFigures[]; pages: number };
  floor: RunFigures | undefined;
}

/** What a benchmark run measured. */
export interface BenchFigures {
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
  /** The search index made alone from the records (added and written), milliseconds. */
  searchIndexMs: number;
  clicks: ClickFigures[];
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
  const { dist } = figures;
  const checks: TargetCheck[] = [];
  const add = (name: string, measured: string, target: string, met: boolean) =>
    checks.push({ name, measured, target, met });
  const ratio = roundRatio(medianRound(figures.rounds));
  // Two decimals where one would round a miss into a pass (a ratio of 2.54 against ≤ 2.5, a parse of 0.96 s).
  if (ratio !== undefined) add('build / floor (wall)', ratio.toFixed(2), '≤ 2.5', ratio <= 2.5);
  const peak = peakRss(figures.rounds);
  add('peak memory', formatBytes(peak), '< 2 GB', peak < 2e9);
  add('dist/', formatBytes(dist.bytes), '< 150 MB', dist.bytes < 150e6);
  const precise = (ms: number) => formatSeconds(ms, 2);
  add('parse', precise(figures.parseMs), '< 1 s', figures.parseMs < 1000);
  add('related papers', precise(figures.relatedMs), '< 5 s', figures.relatedMs < 5000);
  add('search index', precise(figures.searchIndexMs), '< 10 s', figures.searchIndexMs < 10_000);
  const { js, css, papers } = dist.heaviest;
  add('JavaScript per page (gzip)', `${(js.value / KB).toFixed(1)} KB`, '≤ 15 KB', js.value <= 15 * KB);
  add('CSS per page (gzip)', `${(css.value / KB).toFixed(1)} KB`, '≤ 10 KB', css.value <= 10 * KB);
  const home = dist.home?.html ?? 0;
  add('home page HTML (gzip)', `${(home / KB).toFixed(1)} KB`, '≤ 30 KB', home <= 30 * KB);
  add('papers on a page', String(papers.value), '≤ 100', papers.value <= 100);
  if (figures.clicks.length > 0) {
    const slowest = Math.max(...figures.clicks.map((click) => click.ms));
    const heaviest = Math.max(...figures.clicks.map((click) => click.bytes));
    add('filter: first results', `${slowest.toFixed(0)} ms`, '< 300 ms', slowest < 300);
    add('filter: transferred', `${(heaviest / KB).toFixed(0)} KB`, '< 200 KB', heaviest < 200 * KB);
  }
  return checks;
}
