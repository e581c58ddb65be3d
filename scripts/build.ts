/**
 * `npm run build`: parse the dumps, build the site with Astro, index the papers with Pagefind
 * (`scripts/lib/search-index.ts`, from the records the pages are built from, while Astro runs).
 *
 * The site is built in a hidden sibling of the output folder (`.dist.tmp/`) and renamed into place
 * only when every stage succeeded, so a failed build leaves the previous output exactly as it was
 * (or none); when the output folder is on another filesystem, it is built inside the project and
 * copied into that sibling at the end. Astro runs as a child process (its memory is its own, its
 * output as usual), started with the parse and held until the records are written, under a lock on
 * this checkout so that two builds never write the project's `.astro/` at once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { cp, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import {
  BUILD_USAGE,
  formatBytes,
  formatSeconds,
  pagesLimitWarning,
  parseBuildArgs,
  stagingPaths,
  type BuildOptions,
} from './lib/build-options.ts';
import { deployTarget, readCname } from './lib/deploy-target.ts';
import { dumpFiles } from '../src/lib/dump/file-date.ts';
import { readTags, tagLabels } from '../src/lib/site/taxonomy.ts';
import type { Paper } from '../src/schemas/paper.ts';
import { RECORDS_READY } from '../src/lib/heldLoader.ts';
import { distSize } from './lib/dist-files.ts';
import { addToSearchIndex, type PendingIndex } from './lib/search-index.ts';
import { main as parse } from './parse.ts';

const ROOT = resolve(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules/.bin/astro');
const FLOCK = ['/usr/bin/flock', '/bin/flock'].find((path) => existsSync(path));
const LOCK_FILE = join(ROOT, 'node_modules/.astro-build.lock');
/**
 * Astro's young generation capped at 16 MB a half: 30–40 MB less at its peak at 10,000 papers, in the same
 * time (ratios 2.4–2.7 against 2.5–2.7 in three rounds each), which is margin for the 2 GB budget.
 */
const ASTRO_NODE_OPTIONS = '--max-semi-space-size=16';
/** Where the site is built when the output folder is on another filesystem than the project (one per build). */
const LOCAL_STAGING = join(ROOT, `node_modules/.paper-digest-dist-${process.pid}.tmp`);

/** Stages in order: each returns its exit status. */
type Stage = [name: string, run: (staging: string) => Promise<number>];

/** The child process running now, stopped with us on SIGINT/SIGTERM. */
let current: ChildProcess | undefined;

/** Runs the build command; resolves to the exit status. */
export async function build(argv: readonly string[]): Promise<number> {
  const parsed = parseBuildArgs(argv);
  if (!parsed.ok) return usageError(`${parsed.message}\n\n${BUILD_USAGE}`);
  if (parsed.options.help) {
    console.log(BUILD_USAGE);
    return 0;
  }
  const outDir = resolve(parsed.options.outDir);
  if (ROOT === outDir || ROOT.startsWith(outDir + sep)) {
    return usageError(`--out-dir ${parsed.options.outDir} would replace the project itself`);
  }
  const occupied = await notASite(outDir);
  if (occupied) return usageError(`--out-dir ${parsed.options.outDir} ${occupied}`);
  const dumps = await listDumps(parsed.options.dumps);
  if (typeof dumps === 'string') return usageError(dumps);

  const target = describeTarget();
  if (target instanceof Error) return usageError(target.message);
  console.log(`build: ${dumps.length} dump(s) from ${parsed.options.dumps}, ${target}`);
  const { staging, search, previous } = stagingPaths(outDir);
  // Astro moves files from the project into its output folder, which fails across filesystems (EXDEV):
  // then the site is built inside the project and copied next to the output folder at the end.
  const local = (await deviceOf(outDir)) === (await deviceOf(ROOT)) ? staging : LOCAL_STAGING;
  const temporary = [...new Set([staging, local]), search];
  const stopped = stopOnSignals(temporary);
  try {
    for (const path of [...temporary, previous]) await rm(path, { recursive: true, force: true });
    const status = await runStages(stages(parsed.options, dumps, search), local);
    if (status !== 0) {
      console.error(`build: failed; ${shown(outDir)} left as it was`);
      return status;
    }
    if (local !== staging) await cp(local, staging, { recursive: true });
    await rename(search, join(staging, 'pagefind'));
    await swapInto(staging, outDir, previous);
    reportSize(outDir);
    return 0;
  } finally {
    stopped();
    // Astro, if a stage threw while it ran (it would otherwise wait for its records for ever).
    stopGroup(current, 'SIGTERM');
    for (const path of temporary) await rm(path, { recursive: true, force: true });
  }
}

/**
 * Says where the site is and how big, and warns when it nears or passes what GitHub Pages publishes, which
 * grows with every dump (at 10,000 papers the site is about 220 MB).
 */
function reportSize(outDir: string): void {
  const { files, bytes } = distSize(outDir);
  console.log(`build: site ready in ${shown(outDir)}: ${files} files, ${formatBytes(bytes)}`);
  const warning = pagesLimitWarning(bytes);
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

/**
 * The three stages, bound to the options. Astro starts with the parse and waits for the records in its
 * content loader (`src/lib/heldLoader.ts`), so that its start-up (loading, configuring, preparing its
 * bundler: about a second) overlaps the parse instead of following it; the build tells it on its standard
 * input once the records are written, or stops it if the parse fails. While Astro builds the pages, this
 * process indexes the papers (read back from the file the parser wrote) into `search`, beside the output
 * folder (the build moves it into the site at the end); the last stage waits for that index. Both at once
 * fit in 2 GB at 10,000 papers (Astro 1.0 GB, Pagefind 0.8 GB while writing) because both hand freed memory
 * back to the system at once (`PAGEFIND_MALLOC_CONF` in `search-index.ts`, `MIMALLOC_PURGE_DELAY` here for
 * Astro's bundler, rolldown: 0.15 GB less) and this process shrinks its own heap (`collectGarbage`).
 */
function stages(options: BuildOptions, dumps: string[], search: string): Stage[] {
  const papers = resolve(options.papers);
  let astro: Child | undefined;
  let indexing: Promise<Indexed | undefined> = Promise.resolve(undefined);
  return [
    [
      'parse',
      async (staging) => {
        const command = [process.execPath, ASTRO, 'build', '--outDir', staging];
        astro = start(FLOCK ? [FLOCK, LOCK_FILE, ...command] : command, {
          ...process.env,
          PAPERS_FILE: papers,
          PAPERS_HELD: '1',
          MIMALLOC_PURGE_DELAY: process.env['MIMALLOC_PURGE_DELAY'] ?? '0',
          NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} ${ASTRO_NODE_OPTIONS}`.trim(),
        });
        const status = await parse(['--out', papers, ...dumps]);
        if (status !== 0) await astro.stop();
        return status;
      },
    ],
    [
      'astro',
      async () => {
        if (!astro) return 1;
        astro.say(RECORDS_READY);
        // While Astro loads the records: the parser's garbage goes, then the papers are indexed beside it.
        collectGarbage();
        let astroFailed = false;
        indexing = indexPapers(papers, search, () => astroFailed);
        const status = await astro.exited;
        astroFailed = status !== 0;
        // Nothing may still be writing when the temporary folders are removed.
        if (astroFailed) await indexing;
        return status;
      },
    ],
    [
      'pagefind',
      async () => {
        const indexed = await indexing;
        if (!indexed) return 1;
        const { pages, addMs, writeMs } = indexed;
        // Said now rather than when it happened, which would cut into a line of Astro's.
        console.log(
          `build: pagefind: ${pages} paper pages indexed in ${formatSeconds(addMs + writeMs)} beside Astro ` +
            `(added in ${formatSeconds(addMs)}, written in ${formatSeconds(writeMs)})`,
        );
        return 0;
      },
    ],
  ];
}

/**
 * Collects the garbage this process left (after parsing, the records and dump text; after adding them to the
 * search index, the records read back) and hands the freed memory back to the system, which it would
 * otherwise keep while Astro and Pagefind need it: the "last resort" collection shrinks the heap too (at
 * 10,000 papers the process then holds 0.14 GB instead of 0.31 GB after a plain collection). Node exposes
 * `gc` only behind a flag, which can be set at run time.
 */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (options: object) => void;
  gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}

/** Runs the stages in order, timing each; stops at the first that fails. */
async function runStages(list: Stage[], staging: string): Promise<number> {
  const times: string[] = [];
  const started = performance.now();
  for (const [name, stage] of list) {
    console.log(`build: ${name}…`);
    const start = performance.now();
    const status = await stage(staging);
    const took = formatSeconds(performance.now() - start);
    if (status !== 0) {
      console.error(`build: ${name} failed with exit status ${status} after ${took}`);
      return status === 2 ? 2 : 1;
    }
    console.log(`build: ${name} done in ${took}`);
    times.push(`${name} ${took}`);
  }
  console.log(
    `build: all stages done in ${formatSeconds(performance.now() - started)} (${times.join(', ')})`,
  );
  return 0;
}

/** A search index written: how many pages it holds, how long adding them and writing it took. */
interface Indexed {
  pages: number;
  addMs: number;
  writeMs: number;
}

/**
 * Indexes the records in `papersFile` into `outputPath`; undefined (reported) when that fails or when
 * `cancelled` says so once they are added. The records are let go of and collected before the index is
 * written, which is when Pagefind needs its memory.
 */
async function indexPapers(
  papersFile: string,
  outputPath: string,
  cancelled: () => boolean,
): Promise<Indexed | undefined> {
  const start = performance.now();
  const added = await addPapers(papersFile);
  if (!added) return undefined;
  if (cancelled()) return added.index.discard().then(() => undefined);
  collectGarbage();
  const addMs = performance.now() - start;
  const errors = await added.index.write(outputPath).catch((error: unknown) => [reason(error)]);
  for (const error of errors) console.error(`build: pagefind: ${error}`);
  return errors.length > 0
    ? undefined
    : { pages: added.pages, addMs, writeMs: performance.now() - start - addMs };
}

/** The records in `papersFile` added to a new search index; undefined (reported) when that fails. */
async function addPapers(papersFile: string): Promise<{ index: PendingIndex; pages: number } | undefined> {
  try {
    const papers = JSON.parse(await readFile(papersFile, 'utf8')) as Paper[];
    const { index, errors } = await addToSearchIndex(papers, tagLabels(readTags()));
    for (const error of errors ?? []) console.error(`build: pagefind: ${error}`);
    return index && { index, pages: papers.length };
  } catch (error) {
    console.error(`build: pagefind: ${reason(error)}`);
    return undefined;
  }
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
    return new Error(reason(error));
  }
}

/** Moves the finished site to `outDir`, replacing the previous one; restores it if the move fails. */
async function swapInto(staging: string, outDir: string, previous: string): Promise<void> {
  const hadPrevious = existsSync(outDir);
  await mkdir(resolve(outDir, '..'), { recursive: true });
  if (hadPrevious) await rename(outDir, previous);
  try {
    await rename(staging, outDir);
  } catch (error) {
    if (hadPrevious) await rename(previous, outDir);
    throw error;
  }
  await rm(previous, { recursive: true, force: true });
}

/** A command started by `start`. */
interface Child {
  /** Resolves to its exit status. */
  exited: Promise<number>;
  /** Writes `line` on its standard input, its last (ignored if it has already stopped reading). */
  say(line: string): void;
  /** Stops it and everything it started; resolves once it has exited. */
  stop(): Promise<number>;
}

/**
 * Starts a command in the project root, sharing our output, with a pipe to its standard input. The
 * command gets a process group of its own, so that stopping it reaches everything it started (flock's
 * child).
 */
function start([command, ...args]: string[], env: NodeJS.ProcessEnv): Child {
  const child = spawn(command!, args, {
    cwd: ROOT,
    env,
    stdio: ['pipe', 'inherit', 'inherit'],
    detached: true,
  });
  current = child;
  // A child that stopped before reading its input closes the pipe: its exit status says why.
  child.stdin.on('error', () => {});
  const exited = new Promise<number>((done) => {
    child.on('error', (error) => {
      console.error(`build: cannot run ${command}: ${error.message}`);
      done(2);
    });
    child.on('close', (code) => {
      current = undefined;
      done(code ?? 1);
    });
  });
  return {
    exited,
    say: (line) => child.stdin.end(`${line}\n`),
    stop: () => {
      stopGroup(child, 'SIGTERM');
      return exited;
    },
  };
}

/** Sends `signal` to the process group `child` leads, if it still runs. */
function stopGroup(child: ChildProcess | undefined, signal: NodeJS.Signals): void {
  try {
    if (child?.pid) process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** On SIGINT/SIGTERM: stop the running stage, remove the staging folders, exit. Returns the undo. */
function stopOnSignals(folders: string[]): () => void {
  const stop = (signal: NodeJS.Signals) => {
    stopGroup(current, signal);
    void Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))).finally(() =>
      process.exit(signal === 'SIGINT' ? 130 : 143),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return () => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  };
}

/** A path as the user would type it: relative to the working folder when inside it. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function usageError(message: string): number {
  console.error(`build: error: ${message}`);
  return 2;
}

if (import.meta.main) process.exitCode = await build(process.argv.slice(2));
