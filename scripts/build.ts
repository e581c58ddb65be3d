/**
 * `npm run build`: parse the dumps while Astro starts, build the site with Astro (whose Pagefind integration
 * indexes the papers while it renders), then swap the site into place (`scripts/lib/swap-site.ts`). One
 * build at a time per checkout; each writes a JSON report of its stages and sizes (`build-report.ts`).
 */
// First: the thread pool is sized before any import can start it, compiled code is kept from the start, and no
// background compilation can hold up the exit.
import './lib/thread-pool.ts';
import './lib/compile-cache.ts';
import './lib/exit-safely.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { reportPath, type BuildReport } from './lib/build-report.ts';
import { expectedOverLimit, pagesLimitWarning } from './lib/check-pages-limit.ts';
import { deployTarget, readCname } from './lib/deploy-target.ts';
import { distFiles } from './lib/dist-files.ts';
import { explainError } from './lib/explain-error.ts';
import { formatBytes, formatSeconds } from './lib/format-units.ts';
import { listDumps } from './lib/list-dumps.ts';
import { lockCheckout } from './lib/lock-checkout.ts';
import { announcePapers } from '../src/integrations/papers-written.ts';
import { shardSizeProblem } from '../src/lib/site/search-shards.ts';
import { BUILD_USAGE, parseBuildArgs } from './lib/parse-build-args.ts';
import { runScript, runStage } from './lib/run-stage.ts';
import {
  deviceOf,
  discardInBackground,
  notASite,
  recoverSite,
  removeDiscarded,
  stagingPaths,
  swapInto,
} from './lib/swap-site.ts';

const ROOT = resolve(import.meta.dirname, '..');
const LOCK_FILE = join(ROOT, 'node_modules/.paper-digest-build.lock');
/** Where the site is built when the output folder is on another filesystem than the project. */
const LOCAL_STAGING = join(ROOT, 'node_modules/.paper-digest-dist.tmp');

/** Runs the build command; resolves to the exit status. */
export async function build(argv: readonly string[]): Promise<number> {
  const parsed = parseBuildArgs(argv);
  if (!parsed.ok) return usageError(`${parsed.message}\n\n${BUILD_USAGE}`);
  const { options } = parsed;
  if (options.help) return (console.log(BUILD_USAGE), 0);
  const outDir = resolve(options.outDir);
  if (ROOT === outDir || ROOT.startsWith(outDir + sep)) {
    return usageError(`--out-dir ${options.outDir} would replace the project itself`);
  }
  const pageLog = options.pageLog === undefined ? undefined : resolve(options.pageLog);
  // The page log is written once every page is done: a path it cannot be written to is refused before that.
  if (pageLog) {
    try {
      writeFileSync(pageLog, '');
    } catch (error) {
      return usageError(`--page-log ${options.pageLog}: ${explainError(error)}`);
    }
  }
  const dumps = await listDumps(options.dumps);
  if (typeof dumps === 'string') return usageError(dumps);
  const target = describeTarget();
  if (target instanceof Error) return usageError(target.message);
  const shards = shardSizeProblem(process.env['SEARCH_SHARD_SIZE']);
  if (shards !== undefined) return usageError(shards);

  const release = await lockCheckout(LOCK_FILE, (pid) =>
    console.log(`build: another build of this checkout (pid ${pid}) is running; waiting for it to finish…`),
  );
  const papers = resolve(options.papers);
  const { staging } = stagingPaths(outDir);
  const temporary = [staging, LOCAL_STAGING];
  const report: BuildReport = { ok: false, papers: 0, stages: [] };
  let started = false;
  try {
    if (await recoverSite(outDir, temporary))
      console.log(`build: put back the site an interrupted build had moved aside`);
    await removeDiscarded(outDir);
    const occupied = await notASite(outDir);
    if (occupied) return usageError(`--out-dir ${options.outDir} ${occupied}`);
    console.log(`build: ${dumps.length} dump(s) from ${options.dumps}, ${target}`);
    // Astro moves files from the project into its output folder, which fails across filesystems (EXDEV).
    const built = (await deviceOf(outDir)) === (await deviceOf(ROOT)) ? staging : LOCAL_STAGING;
    started = true;
    // The parser runs beside Astro's start, which waits for the records only when it loads them.
    const parsing = runStage(
      'parse',
      () => runScript(join(ROOT, 'scripts/parse.ts'), ['--out', papers, ...dumps]),
      report,
    );
    announcePapers(parsing.then((status) => (status === 0 ? undefined : new Promise<never>(() => {}))));
    const building = runStage('astro', () => buildAstro(papers, built, pageLog), report);
    let status = await parsing;
    if (status === 0) {
      warnEarly(papers, report);
      status = await building;
    }
    const swap = () =>
      swapInto(built, outDir, undefined, (old) => discardInBackground(old, outDir)).then(() => 0);
    if (status === 0) status = await runStage('swap', swap, report);
    if (status !== 0) {
      console.error(`build: failed; ${shown(outDir)} left as it was`);
      return status === 2 ? 2 : 1;
    }
    const files = distFiles(outDir);
    const bytes = files.reduce((sum, file) => sum + file.size, 0);
    const pages = files.filter((file) => file.path.endsWith('.html')).length;
    report.site = { files: files.length, bytes, pages };
    report.ok = true;
    const times = report.stages.map((stage) => `${stage.name} ${formatSeconds(stage.ms)}`).join(', ');
    console.log(`build: all stages done in ${formatSeconds(wallTime(report.stages))} (${times})`);
    console.log(`build: site ready in ${shown(outDir)}: ${files.length} files, ${formatBytes(bytes)}`);
    const warning = pagesLimitWarning(bytes);
    if (warning) console.warn(`build: warning: ${warning}`);
    return 0;
  } catch (error) {
    console.error(`build: error: ${explainError(error)}; ${shown(outDir)} left as it was`);
    return 1;
  } finally {
    await recoverSite(outDir, temporary).catch(() => false);
    if (started) await writeFile(reportPath(papers), `${JSON.stringify(report, null, 2)}\n`).catch(() => {});
    release();
  }
}

/**
 * `astro build` into `outDir`, reading the records from `papers` (the content loader's `PAPERS_FILE`), writing
 * the line of each generated path to `pageLog` if given (`src/integrations/build-log.ts`).
 */
async function buildAstro(papers: string, outDir: string, pageLog: string | undefined): Promise<number> {
  process.env['PAPERS_FILE'] = papers;
  if (pageLog) process.env['BUILD_PAGE_LOG'] = pageLog;
  // Loaded here, once the parser has started: Astro's modules take a while to load.
  const { build: astroBuild } = await import('astro');
  await astroBuild({ root: ROOT, outDir });
  return 0;
}

/** Counts the records and says, before rendering, when they make a site GitHub Pages will not publish. */
function warnEarly(papers: string, report: BuildReport): void {
  report.papers = (JSON.parse(readFileSync(papers, 'utf8')) as unknown[]).length;
  const warning = expectedOverLimit(report.papers);
  if (warning) console.warn(`build: warning: ${warning}`);
}

/** Where the site will be served, as Astro's config derives it, or the error of a bad SITE_URL. */
function describeTarget(): string | Error {
  try {
    const { site, base } = deployTarget(process.env, readCname(join(ROOT, 'public/CNAME')));
    return `site ${site} (base ${base})`;
  } catch (error) {
    return new Error(explainError(error));
  }
}

/** A path as the user would type it: relative to the working folder when inside it. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
}

/** From the first stage's start to the last one's end: the parser's time is in Astro's. */
const wallTime = (stages: BuildReport['stages']) =>
  Math.max(...stages.map((stage) => stage.startedAt + stage.ms)) -
  Math.min(...stages.map((stage) => stage.startedAt));

function usageError(message: string): number {
  console.error(`build: error: ${message}`);
  return 2;
}

// Exits explicitly: after a failed build, Astro or the Pagefind service may still hold handles open.
if (import.meta.main) process.exit(await build(process.argv.slice(2)));
