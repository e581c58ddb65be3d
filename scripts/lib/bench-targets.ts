/**
 * The targets of the site benchmark (issue 6, on a 2-core machine) checked against what a run measured.
 * Pure: figures in, one line per target out. The targets hold for 10,000 papers; larger runs report them
 * for comparison.
 */
import type { ClickFigures } from './bench-filter.ts';
import type { DistFigures } from './bench-dist.ts';
import type { RunFigures } from './bench-process.ts';

/** What a benchmark run measured. */
export interface BenchFigures {
  build: RunFigures;
  floor: RunFigures | undefined;
  dist: DistFigures;
  /** Related papers over the whole collection, milliseconds. */
  relatedMs: number;
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
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Each target of issue 6 against the figures; targets without a figure (no floor, no filter run) are left out. */
export function checkTargets(figures: BenchFigures): TargetCheck[] {
  const { build, floor, dist } = figures;
  const stage = (name: string) => build.stages.find((s) => s.name === name);
  const checks: TargetCheck[] = [];
  const add = (name: string, measured: string, target: string, met: boolean) =>
    checks.push({ name, measured, target, met });
  if (floor && floor.status === 0) {
    const ratio = build.ms / floor.ms;
    add('build / floor (wall)', ratio.toFixed(1), '≤ 2.5', ratio <= 2.5);
  }
  add('peak memory', `${(build.peakRss / 1e9).toFixed(2)} GB`, '< 2 GB', build.peakRss < 2e9);
  add('dist/', `${Math.round(dist.bytes / 1e6)} MB`, '< 150 MB', dist.bytes < 150e6);
  const parse = stage('parse');
  if (parse) add('parse', seconds(parse.ms), '< 1 s', parse.ms < 1000);
  add('related papers', seconds(figures.relatedMs), '< 5 s', figures.relatedMs < 5000);
  const pagefind = stage('pagefind');
  if (pagefind) add('search index', seconds(pagefind.ms), '< 10 s', pagefind.ms < 10_000);
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
