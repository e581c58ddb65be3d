/**
 * The build command end to end (`node scripts/build.ts` as a child process) when something fails:
 * a non-zero exit, the reason on stderr without a stack trace, and no output folder that looks
 * complete: the previous one stays exactly as it was. A good build is checked in `build.site.test.ts`
 * on the fixture sites the test run builds anyway.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const NODE = join(ROOT, 'node_modules/.bin/node');
const SEED = join(ROOT, 'content/dumps/2025-12-10.txt');
const FIXTURE_DUMPS = join(ROOT, 'tests/fixtures/site/dumps');

interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A build started: its process, its output so far, and its result once it exits. */
interface Started {
  child: ChildProcess;
  output: () => string;
  result: Promise<Result>;
}

/** Starts the build command from the project root with a private Astro cache. */
function startBuild(args: string[], env: Record<string, string> = {}): Started {
  const child = spawn(NODE, ['scripts/build.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: join(work, 'cache'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const result = new Promise<Result>((done, fail) => {
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
  return { child, output: () => stdout, result };
}

/** Runs the build command to its end. */
function build(args: string[], env: Record<string, string> = {}): Promise<Result> {
  return startBuild(args, env).result;
}

/** Resolves once the build has printed a line matching `pattern`. */
async function printed({ output }: Started, pattern: RegExp): Promise<void> {
  while (!pattern.test(output())) await new Promise((done) => setTimeout(done, 50));
}

/** How many paper pages the search index in `dist` holds. */
function indexedPages(dist: string): number {
  const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** Every file under `dir` with its content, to compare a folder before and after. */
function snapshot(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(
    files.map((file) => {
      const path = join(file.parentPath, file.name);
      return [path.slice(dir.length), readFileSync(path, 'utf8')];
    }),
  );
}

/** The command lines of running processes that mention `text` (Linux's `/proc`). */
function processesMentioning(text: string): string[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      } catch {
        return ''; // Gone meanwhile.
      }
    })
    .filter((command) => command.includes(text));
}

let work: string;
let outDir: string;
let papers: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'paper-digest-build-'));
  outDir = join(work, 'site', 'dist');
  papers = join(work, 'papers.json');
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

/** A folder holding the seed dump with its title-line-43 entry's date made impossible. */
function badDumps(): { dir: string } {
  const dir = join(work, 'dumps');
  mkdirSync(dir);
  const lines = readFileSync(SEED, 'utf8').split('\n');
  expect(lines[42]).toBe('Feb 18 2');
  lines[42] = 'Feb 30, 2024 2';
  writeFileSync(join(dir, '2025-12-10.txt'), lines.join('\n'));
  return { dir };
}

/** A previous build's output, to check that a failed build leaves it alone. */
function previousSite(): Record<string, string> {
  mkdirSync(join(outDir, 'papers'), { recursive: true });
  mkdirSync(join(outDir, 'pagefind'));
  writeFileSync(join(outDir, 'pagefind', 'pagefind-entry.json'), '{"version":"1.6.0","languages":{}}');
  writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>previous</title>');
  writeFileSync(join(outDir, 'papers', 'index.html'), '<!doctype html><title>previous papers</title>');
  return snapshot(outDir);
}

describe('a failed build', () => {
  it('exits 1 with the parser diagnostic for a bad dump and leaves no output folder', async () => {
    const { dir } = badDumps();
    const result = await build(['--dumps', dir, '--papers', papers, '--out-dir', outDir]);
    expect(result.status).toBe(1);
    // The parser names the file relative to the project: `../../tmp/…/dumps/2025-12-10.txt:43:5: error: …`.
    expect(result.stderr).toMatch(/^\S*\/dumps\/2025-12-10\.txt:43:\d+: error: .*Feb 30, 2024/m);
    expect(result.stderr).toMatch(/^build: parse failed/m);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(readdirSync(work)).not.toContain('site');
    expect(() => readFileSync(papers)).toThrow(/ENOENT/);
    // Neither the parser nor anything it started outlives the build.
    expect(processesMentioning(work)).toEqual([]);
  });

  it('leaves the previous output exactly as it was when a dump is bad', async () => {
    const before = previousSite();
    const { dir } = badDumps();
    const result = await build(['--dumps', dir, '--papers', papers, '--out-dir', outDir]);
    expect(result.status).toBe(1);
    expect(snapshot(outDir)).toEqual(before);
    expect(readdirSync(join(work, 'site'))).toEqual(['dist']);
  });

  it('leaves the previous output as it was and removes its staging folder when Astro fails', async () => {
    const before = previousSite();
    writeFileSync(join(work, 'not-a-folder'), '');
    // The parse succeeds; Astro then fails to create its cache under a file.
    const result = await build(['--papers', papers, '--out-dir', outDir], {
      ASTRO_CACHE_DIR: join(work, 'not-a-folder', 'cache'),
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^build: parse done in \d+\.\d s$/m);
    expect(result.stderr).toMatch(/^build: astro failed with exit status \d+/m);
    expect(snapshot(outDir)).toEqual(before);
    expect(readdirSync(join(work, 'site'))).toEqual(['dist']);
  }, 600_000); // Astro waits for any other build of this checkout to finish.

  it('exits 2 with the usage for an unknown option, a missing dumps folder, a bad SITE_URL, page log or shard size', async () => {
    const unknown = await build(['--out', outDir]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^build: error: Unknown option '--out'/m);
    expect(unknown.stderr).toMatch(/^Usage: npm run build/m);

    const missing = await build(['--dumps', join(work, 'nowhere'), '--out-dir', outDir]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^build: error: cannot read the dumps folder .*nowhere/m);

    const site = await build(['--out-dir', outDir], { SITE_URL: 'example.org' });
    expect(site.status).toBe(2);
    expect(site.stderr).toMatch(/^build: error: SITE_URL must be an absolute http\(s\) URL/m);

    const pageLog = await build(['--out-dir', outDir, '--page-log', join(work, 'nowhere/pages.log')]);
    expect(pageLog.status).toBe(2);
    expect(pageLog.stderr).toMatch(/^build: error: --page-log .*nowhere\/pages\.log: ENOENT/m);

    const shards = await build(['--out-dir', outDir], { SEARCH_SHARD_SIZE: 'many' });
    expect(shards.status).toBe(2);
    expect(shards.stderr).toMatch(/^build: error: SEARCH_SHARD_SIZE=many is not a whole number from 1/m);

    for (const result of [unknown, missing, site, pageLog, shards])
      expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(readdirSync(work)).not.toContain('site');
  });

  it('exits 2 and touches nothing when --out-dir is a file or a folder of other files', async () => {
    const file = join(work, 'notes.txt');
    writeFileSync(file, 'keep me');
    const onFile = await build(['--out-dir', file]);
    expect(onFile.status).toBe(2);
    expect(onFile.stderr).toMatch(
      /^build: error: --out-dir .*notes\.txt is a file: pass a folder for the site$/m,
    );
    expect(readFileSync(file, 'utf8')).toBe('keep me');

    const folder = join(work, 'src');
    mkdirSync(folder);
    writeFileSync(join(folder, 'main.ts'), 'export {};');
    const onFolder = await build(['--out-dir', folder]);
    expect(onFolder.status).toBe(2);
    expect(onFolder.stderr).toMatch(
      /^build: error: --out-dir .*src holds files that are not a site this command built/m,
    );
    expect(readdirSync(folder)).toEqual(['main.ts']);
    expect(onFolder.stdout).not.toMatch(/^build: parse/m);
  });
});

describe('a build into another filesystem', () => {
  // /dev/shm is a tmpfs on Linux machines like CI's, so it is another filesystem than the checkout's.
  const SHM = '/dev/shm';

  it('builds the site inside the project and copies it into place (Astro alone cannot move files there)', async () => {
    expect(statSync(SHM).dev).not.toBe(statSync(ROOT).dev);
    const elsewhere = mkdtempSync(join(SHM, 'paper-digest-build-'));
    try {
      const out = join(elsewhere, 'site');
      const result = await build(['--papers', papers, '--out-dir', out]);
      expect(result.stderr).not.toMatch(/EXDEV/);
      expect(result.status).toBe(0);
      expect(readdirSync(out)).toEqual(
        expect.arrayContaining(['index.html', '_astro', 'pagefind', 'papers.json']),
      );
      expect(readdirSync(elsewhere)).toEqual(['site']);
      expect(
        readdirSync(join(ROOT, 'node_modules')).filter((name) => name.startsWith('.paper-digest-dist')),
      ).toEqual([]);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  }, 600_000); // Astro waits for any other build of this checkout to finish.
});

describe('builds that never step on each other', () => {
  it('runs a second build started meanwhile in the same checkout after the first, each with its own site', async () => {
    const other = join(work, 'other', 'dist');
    const first = startBuild(['--dumps', FIXTURE_DUMPS, '--papers', papers, '--out-dir', outDir]);
    await printed(first, /^build: parse…$/m);
    const second = startBuild(['--papers', join(work, 'seed.json'), '--out-dir', other], {
      ASTRO_CACHE_DIR: join(work, 'cache-2'),
    });
    const [one, two] = await Promise.all([first.result, second.result]);
    expect(two.stdout).toMatch(
      new RegExp(
        `^build: another build of this checkout \\(pid ${first.child.pid}\\) is running; waiting`,
        'm',
      ),
    );
    expect([one.status, two.status]).toEqual([0, 0]);
    expect(one.stderr + two.stderr).not.toMatch(/^\s+at /m);
    // Each site has the search index of its own papers.
    const records = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as unknown[]).length;
    expect(indexedPages(outDir)).toBe(records(papers));
    expect(indexedPages(other)).toBe(records(join(work, 'seed.json')));
    expect(records(papers)).not.toBe(records(join(work, 'seed.json')));
  }, 600_000);

  it('keeps the previous site when killed while building, and the next build recovers and replaces it', async () => {
    const before = previousSite();
    const killed = startBuild(['--dumps', FIXTURE_DUMPS, '--papers', papers, '--out-dir', outDir]);
    await printed(killed, /^build: astro…$/m);
    await new Promise((done) => setTimeout(done, 1000));
    killed.child.kill('SIGKILL');
    await killed.result;
    expect(snapshot(outDir)).toEqual(before);

    const next = await build(['--dumps', FIXTURE_DUMPS, '--papers', papers, '--out-dir', outDir]);
    expect(next.status).toBe(0);
    // Other test files build in this checkout too, and may hold the lock a moment: only the killed build must not.
    expect(next.stdout).not.toContain(`(pid ${killed.child.pid}) is running; waiting for it to finish`);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).not.toContain('previous');
    // The replaced site is deleted in the background: gone soon, and nothing else is left.
    await expect.poll(() => readdirSync(join(work, 'site')), { timeout: 10_000 }).toEqual(['dist']);
  }, 600_000);
});
