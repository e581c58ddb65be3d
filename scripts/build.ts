/**
 * `npm run build`: parse the dumps, build the site with Astro (whose Pagefind integration indexes the
 * papers while it renders), then swap the site into place (`scripts/lib/swap-site.ts`). One build at a
 * time per checkout; each writes a JSON report of its stages and sizes (`scripts/lib/build-report.ts`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { build as astroBuild } from 'astro';
import { reportPath, type BuildReport } from './lib/build-report.ts';
import { expectedOverLimit, pagesLimitWarning } from './lib/check-pages-limit.ts';
import { deployTarget, readCname } from './lib/deploy-target.ts';
import { distFiles } from './lib/dist-files.ts';
import { explainError } from './lib/explain-error.ts';
import { formatBytes, formatSeconds } from './lib/format-units.ts';
import { lockCheckout } from './lib/lock-checkout.ts';
import { BUILD_USAGE, parseBuildArgs } from './lib/parse-build-args.ts';
import { recoverSite, stagingPaths, swapInto } from './lib/swap-site.ts';
import { dumpFiles } from '../src/lib/dump/file-date.ts';
import { main as parse } from './parse.ts';

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
  const dumps = await listDumps(options.dumps);
  if (typeof dumps === 'string') return usageError(dumps);
  const target = describeTarget();
  if (target instanceof Error) return usageError(target.message);

  const release = await lockCheckout(LOCK_FILE, (pid) =>
    console.log(`build: another build of this checkout (pid ${pid}) is running; waiting for it to finish…`),
  );
  const papers = resolve(options.papers);
  const { staging } = stagingPaths(outDir);
  const temporary = [staging, LOCAL_STAGING];
  const report: BuildReport = { ok: false, papers: 0, stages: [] };
  try {
    if (await recoverSite(outDir, temporary))
      console.log(`build: put back the site an interrupted build had moved aside`);
    const occupied = await notASite(outDir);
    if (occupied) return usageError(`--out-dir ${options.outDir} ${occupied}`);
    console.log(`build: ${dumps.length} dump(s) from ${options.dumps}, ${target}`);
    // Astro moves files from the project into its output folder, which fails across filesystems (EXDEV).
    const built = (await deviceOf(outDir)) === (await deviceOf(ROOT)) ? staging : LOCAL_STAGING;
    const stages: [string, () => Promise<number>][] = [
      ['parse', () => parse(['--out', papers, ...dumps])],
      ['astro', () => buildAstro(papers, built)],
      ['swap', () => swapInto(built, outDir).then(() => 0)],
    ];
    for (const [name, run] of stages) {
      const status = await runStage(name, run, report);
      if (status !== 0) {
        console.error(`build: failed; ${shown(outDir)} left as it was`);
        return status === 2 ? 2 : 1;
      }
      if (name === 'parse') warnEarly(papers, report);
    }
    const files = distFiles(outDir);
    const bytes = files.reduce((sum, file) => sum + file.size, 0);
    const pages = files.filter((file) => file.path.endsWith('.html')).length;
    report.site = { files: files.length, bytes, pages };
    report.ok = true;
    const times = report.stages.map((stage) => `${stage.name} ${formatSeconds(stage.ms)}`).join(', ');
    console.log(`build: all stages done in ${formatSeconds(sum(report.stages))} (${times})`);
    console.log(`build: site ready in ${shown(outDir)}: ${files.length} files, ${formatBytes(bytes)}`);
    const warning = pagesLimitWarning(bytes);
    if (warning) console.warn(`build: warning: ${warning}`);
    return 0;
  } catch (error) {
    console.error(`build: error: ${explainError(error)}; ${shown(outDir)} left as it was`);
    return 1;
  } finally {
    await recoverSite(outDir, temporary).catch(() => false);
    await writeFile(reportPath(papers), `${JSON.stringify(report, null, 2)}\n`).catch(() => {});
    release();
  }
}

/** Runs one stage, timing it into `report`; a stage that throws has failed with its one-line reason. */
async function runStage(name: string, run: () => Promise<number>, report: BuildReport): Promise<number> {
  console.log(`build: ${name}…`);
  const startedAt = Date.now();
  const status = await run().catch((error: unknown) => {
    console.error(`build: ${name}: ${explainError(error)}`);
    return 1;
  });
  const ms = Date.now() - startedAt;
  if (status !== 0) {
    console.error(`build: ${name} failed with exit status ${status} after ${formatSeconds(ms)}`);
    return status;
  }
  console.log(`build: ${name} done in ${formatSeconds(ms)}`);
  report.stages.push({ name, startedAt, ms });
  return 0;
}

/** `astro build` into `outDir`, reading the records from `papers` (the content loader's `PAPERS_FILE`). */
async function buildAstro(papers: string, outDir: string): Promise<number> {
  process.env['PAPERS_FILE'] = papers;
  await astroBuild({ root: ROOT, outDir });
  return 0;
}

/** Counts the records and says, before rendering, when they make a site GitHub Pages will not publish. */
function warnEarly(papers: string, report: BuildReport): void {
  report.papers = (JSON.parse(readFileSync(papers, 'utf8')) as unknown[]).length;
  const warning = expectedOverLimit(report.papers);
  if (warning) console.warn(`build: warning: ${warning}`);
}

/**
 * Why the build must not replace `outDir`, or undefined when it may: it does not exist, is empty, or holds a
 * site this command built (its search index, `pagefind/pagefind-entry.json`). Anything else is someone's
 * files, which a mistyped `--out-dir src` would otherwise delete.
 */
async function notASite(outDir: string): Promise<string | undefined> {
  const info = await stat(outDir).catch(() => undefined);
  if (!info) return undefined;
  if (!info.isDirectory()) return 'is a file: pass a folder for the site';
  if ((await readdir(outDir)).length === 0) return undefined;
  if (existsSync(join(outDir, 'pagefind/pagefind-entry.json'))) return undefined;
  return 'holds files that are not a site this command built, and building would replace them: pass a new or empty folder';
}

/** The device of `path`, or of its nearest existing ancestor. */
async function deviceOf(path: string): Promise<number> {
  const info = await stat(path).catch(() => undefined);
  if (info) return info.dev;
  const parent = dirname(path);
  return parent === path ? -1 : deviceOf(parent);
}

/** The dumps in `dir` as paths for the parser, or a usage message. */
async function listDumps(dir: string): Promise<string[] | string> {
  const names = await readdir(dir).catch(() => null);
  if (names === null) return `cannot read the dumps folder ${dir}: pass an existing folder with --dumps`;
  const files = dumpFiles(names);
  if (files.length === 0) return `no dumps in ${dir}: add one named YYYY-MM-DD.txt, .md or .html`;
  return files.map((name) => join(dir, name));
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

const sum = (stages: readonly { ms: number }[]) => stages.reduce((total, stage) => total + stage.ms, 0);

function usageError(message: string): number {
  console.error(`build: error: ${message}`);
  return 2;
}

// Exits explicitly: after a failed build, Astro or the Pagefind service may still hold handles open.
if (import.meta.main) process.exit(await build(process.argv.slice(2)));
