/**
 * The fixture site: built once per base path by the test run's global setup (through the real build
 * command), served locally, and handed to tests as a serializable `SiteInfo` (Vitest `provide`/`inject`).
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PapersSchema, type Paper } from '../../src/schemas/paper.ts';

/**
 * The sites every run builds: the fixture under a project base (GitHub Pages project site) and at the root,
 * and the dump of injection payloads (`hostile`) under the project base.
 */
export type SiteName = 'project' | 'root' | 'hostile';

/** Everything a test needs to find one built and served fixture site. */
export interface SiteInfo {
  name: SiteName;
  /** Base path, `/paper-digest/` or `/`. */
  base: string;
  /** The folder of dumps the site is built from. */
  dumps: string;
  /** Environment variables its build adds (configuration, e.g. `SEARCH_SHARD_SIZE`). */
  env: Record<string, string>;
  /** Served root, base included, e.g. `http://127.0.0.1:40123/paper-digest/`. */
  url: string;
  /** The built site. */
  dist: string;
  /** The records the build parsed from the fixture dumps. */
  papersFile: string;
  /** Written when the build ends: `{ ok: true }` or `{ ok: false, error }`. */
  statusFile: string;
  /** Standard output and error of the build commands. */
  logFile: string;
  /** Astro's cache (`ASTRO_CACHE_DIR`): the last build's pages, the content store, the search index. */
  cacheDir: string;
}

declare module 'vitest' {
  interface ProvidedContext {
    /** The fixture sites, by name; building may still be under way: await `siteReady` first. */
    sites: Record<SiteName, SiteInfo>;
  }
}

/** Project root (this file is `tests/support/site.ts`). */
export const ROOT = resolve(import.meta.dirname, '../..');
/** The fixture content: the seed dump plus two later hand-written dumps. */
export const FIXTURE_DUMPS = join(ROOT, 'tests/fixtures/site/dumps');
/** Injection payloads in every field the parser reads, in a plain copy and a saved HTML page. */
export const HOSTILE_DUMPS = join(ROOT, 'tests/fixtures/hostile/dumps');
/** The `site` the fixture builds use, so absolute URLs in the output are predictable. */
export const SITE_URL = 'https://example.org';

const NODE = join(ROOT, 'node_modules/.bin/node');

/** Where a site's files go inside its work directory. */
export function sitePaths(
  dir: string,
): Pick<SiteInfo, 'dist' | 'papersFile' | 'statusFile' | 'logFile' | 'cacheDir'> {
  return {
    dist: join(dir, 'dist'),
    papersFile: join(dir, 'papers.json'),
    statusFile: join(dir, 'status.json'),
    logFile: join(dir, 'build.log'),
    cacheDir: join(dir, 'cache'),
  };
}

/**
 * Builds the fixture site described by `site` with the project's real build command (`scripts/build.ts`:
 * parse, astro build under its own lock on `.astro/`, search index) and records the outcome in
 * `site.statusFile`. Never throws: a failed build is a status that every test of that site reports.
 */
export async function buildSite(site: SiteInfo, signal: AbortSignal): Promise<void> {
  const dir = join(site.dist, '..');
  await mkdir(dir, { recursive: true });
  const log = createWriteStream(site.logFile);
  const env = {
    ...process.env,
    PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`,
    BASE_PATH: site.base,
    SITE_URL,
    ASTRO_CACHE_DIR: site.cacheDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...site.env,
  };
  try {
    const args = ['--dumps', site.dumps, '--papers', site.papersFile, '--out-dir', site.dist];
    await run(NODE, ['scripts/build.ts', ...args], env, log, signal);
    await writeFile(site.statusFile, JSON.stringify({ ok: true }));
  } catch (error) {
    const output = await readFile(site.logFile, 'utf8').catch(() => '');
    const message = `${String(error)}\n--- last lines of ${site.logFile} ---\n${output.split('\n').slice(-40).join('\n')}`;
    await writeFile(site.statusFile, JSON.stringify({ ok: false, error: message }));
  } finally {
    log.end();
  }
}

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  log: NodeJS.WritableStream,
  signal: AbortSignal,
): Promise<void> {
  log.write(`$ ${command} ${args.join(' ')}\n`);
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], signal });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on('error', reject);
    child.on('close', (code, killedBy) =>
      code === 0
        ? resolvePromise()
        : reject(new Error(`${command} ${args[0]} exited with ${code ?? killedBy}`)),
    );
  });
}

/** A built fixture site and the records it was built from. */
export interface ReadySite extends SiteInfo {
  papers: Paper[];
}

/** Waits until the global setup has built `site`; throws the build's error if it failed. */
export async function siteReady(site: SiteInfo): Promise<ReadySite> {
  for (;;) {
    const status = await readFile(site.statusFile, 'utf8').catch(() => null);
    if (status !== null) {
      const { ok, error } = JSON.parse(status) as { ok: boolean; error?: string };
      if (!ok) throw new Error(`the fixture site at ${site.base} did not build:\n${error}`);
      const papers = PapersSchema.parse(JSON.parse(await readFile(site.papersFile, 'utf8')));
      return { ...site, papers };
    }
    await sleep(250);
  }
}
