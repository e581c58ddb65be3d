/**
 * `npm run lighthouse -- [--dist DIR --base PATH] [--desktop] [--details]`
 *
 * Runs Lighthouse (performance, accessibility, best practices, SEO) in headless Chromium on the home page,
 * a paper page and a tag page, and prints the four scores per page, then what kept a score below 100.
 * Without `--dist`, it first builds the site from `content/dumps/` into a temporary folder with the real
 * build command. The site is served locally the way GitHub Pages serves it (`scripts/lib/serve.ts`).
 * The browser is the one `scripts/lib/find-chromium.ts` finds (`CHROMIUM_PATH` first); it is never downloaded.
 * Exit status: 0 every score is 100, 1 some is lower, 2 usage error or a failure to build or run.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { FLAGS, findChromium } from './lib/find-chromium.ts';
import { serveDist } from './lib/serve.ts';

const ROOT = resolve(import.meta.dirname, '..');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const USAGE = `Usage: npm run lighthouse -- [--dist DIR --base PATH] [--desktop] [--details]

  --dist DIR     a built site to check (default: build content/dumps into a temporary folder)
  --base PATH    the base path DIR was built for (default /)
  --desktop      desktop settings (default: Lighthouse's mobile emulation and throttling)
  --details      list every audit below full score, not only those of categories below 100`;

/** What one page scored, and the audits that cost it points. */
interface PageScores {
  name: string;
  url: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  failing: string[];
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      dist: { type: 'string' },
      base: { type: 'string', default: '/' },
      desktop: { type: 'boolean', default: false },
      details: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!/^\/(.+\/)?$/.test(values.base)) {
    console.error(`lighthouse: error: --base must start and end with /, like /paper-digest/\n\n${USAGE}`);
    return 2;
  }
  const work = values.dist ? undefined : await mkdtemp(join(tmpdir(), 'paper-digest-lighthouse-'));
  try {
    const dist = values.dist ? resolve(values.dist) : join(work!, 'dist');
    const base = values.dist ? values.base : '/';
    if (work && (await buildSite(work)) !== 0) return 2;
    const routes = await pickRoutes(dist);
    // Compressed, as GitHub Pages serves it: Lighthouse times the bytes that cross the (simulated) network.
    const server = await serveDist(dist, base, { gzip: true });
    const chrome = await chromeLauncher.launch({
      chromePath: (await findChromium()).path,
      chromeFlags: FLAGS,
    });
    const results: PageScores[] = [];
    try {
      for (const [name, route] of routes) {
        results.push(await audit(name, new URL(route, server.url).href, chrome.port, values.desktop));
      }
    } finally {
      chrome.kill();
      await server.close();
    }
    return report(results, values.details);
  } finally {
    if (work) await rm(work, { recursive: true, force: true });
  }
}

/** Builds `content/dumps/` into `work/dist` at the root base; resolves to the build's exit status. */
function buildSite(work: string): Promise<number> {
  console.log(`lighthouse: building the site into ${work}…`);
  const args = ['scripts/build.ts', '--papers', join(work, 'papers.json'), '--out-dir', join(work, 'dist')];
  const env = { ...process.env, BASE_PATH: '/', ASTRO_CACHE_DIR: join(work, 'cache') };
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', () => done(2));
    child.on('close', (code) => done(code ?? 1));
  });
}

/** The pages to check: home, the first paper of the data export, the largest tag (base-relative routes). */
async function pickRoutes(dist: string): Promise<[string, string][]> {
  const papers = JSON.parse(await readFile(join(dist, 'papers.json'), 'utf8')) as { id: string }[];
  const manifest = JSON.parse(await readFile(join(dist, 'filter/manifest.json'), 'utf8')) as {
    tags: { id: string; count: number }[];
  };
  const tag = [...manifest.tags].sort((a, b) => b.count - a.count)[0];
  return [
    ['home', ''],
    ...(papers[0] ? [['paper', `papers/${papers[0].id}/`] as [string, string]] : []),
    ...(tag ? [['tag', `tags/${tag.id}/`] as [string, string]] : []),
  ];
}

/** Runs Lighthouse on `url` in the browser listening on `port`. */
async function audit(name: string, url: string, port: number, desktop: boolean): Promise<PageScores> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
    ...(desktop ? { formFactor: 'desktop', screenEmulation: { disabled: true } } : {}),
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
  ) as PageScores['scores'];
  const failing = CATEGORIES.flatMap((id) =>
    (lhr.categories[id]?.auditRefs ?? []).flatMap((ref) => {
      const item = lhr.audits[ref.id];
      if (!item || item.score === null || item.score >= 1 || ref.weight === 0) return [];
      const value = item.displayValue ? ` (${item.displayValue})` : '';
      return [`${id}: ${item.id}: ${item.title}${value}`];
    }),
  );
  return { name, url, scores, failing };
}

/** Prints the scores, then what cost points; the exit status. */
function report(results: readonly PageScores[], details: boolean): number {
  const head = ['page'.padEnd(6), ...CATEGORIES.map((id) => id.padStart(15))].join('');
  console.log(head);
  for (const { name, scores } of results) {
    console.log([name.padEnd(6), ...CATEGORIES.map((id) => String(scores[id]).padStart(15))].join(''));
  }
  let perfect = true;
  for (const { name, url, scores, failing } of results) {
    const below = CATEGORIES.filter((id) => scores[id] < 100);
    if (below.length > 0) perfect = false;
    const shown = details ? failing : failing.filter((line) => below.some((id) => line.startsWith(`${id}:`)));
    if (shown.length > 0) console.log(`\n${name} (${url}):\n  ${shown.join('\n  ')}`);
  }
  return perfect ? 0 : 1;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
