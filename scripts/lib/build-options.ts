/**
 * The build command's options and the folders it stages the site in: pure helpers for
 * `scripts/build.ts`, which does the I/O.
 */
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';

/** What `npm run build -- …` was asked to do. */
export interface BuildOptions {
  /** Folder whose dump files (`.txt`, `.md`, `.html`) are the dumps to parse. */
  dumps: string;
  /** Where the parser writes the records and Astro reads them (`PAPERS_FILE`). */
  papers: string;
  /** Where the finished site ends up. */
  outDir: string;
  /** Print the usage and stop. */
  help: boolean;
}

/** Defaults, relative to the project root. */
export const DEFAULT_BUILD_OPTIONS: Readonly<BuildOptions> = {
  dumps: 'content/dumps',
  papers: 'content/papers.json',
  outDir: 'dist',
  help: false,
};

export const BUILD_USAGE = `Usage: npm run build -- [--dumps DIR] [--papers FILE] [--out-dir DIR]

Parses the dumps, builds the site with Astro, then indexes the papers with Pagefind.
The site is built in a hidden folder next to the output folder and renamed into
place only when every stage succeeds: on failure the previous output stays as it was.

  --dumps DIR      folder of YYYY-MM-DD.txt|md|html dumps (default: ${DEFAULT_BUILD_OPTIONS.dumps})
  --papers FILE    records written by the parser, read by Astro (default: ${DEFAULT_BUILD_OPTIONS.papers})
  --out-dir DIR    where the site goes (default: ${DEFAULT_BUILD_OPTIONS.outDir}); a new or empty folder,
                   or a site this command built, which the new one replaces
  --help           print this help

Environment: SITE_URL, BASE_PATH (where the site is served), ASTRO_CACHE_DIR.
Exit status: 0 built, 1 a stage failed (the parser's diagnostics say why), 2 usage error.`;

/** The parsed options, or the message of a usage error. */
export type ParsedBuildArgs = { ok: true; options: BuildOptions } | { ok: false; message: string };

/** Parses the build command's arguments (without `node` and the script). Never throws. */
export function parseBuildArgs(argv: readonly string[]): ParsedBuildArgs {
  try {
    const { values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        dumps: { type: 'string' },
        papers: { type: 'string' },
        'out-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    const options: BuildOptions = {
      dumps: values.dumps ?? DEFAULT_BUILD_OPTIONS.dumps,
      papers: values.papers ?? DEFAULT_BUILD_OPTIONS.papers,
      outDir: values['out-dir'] ?? DEFAULT_BUILD_OPTIONS.outDir,
      help: values.help ?? false,
    };
    const empty = (['dumps', 'papers', 'outDir'] as const).find((key) => options[key].trim() === '');
    if (empty)
      return { ok: false, message: `--${empty === 'outDir' ? 'out-dir' : empty} needs a non-empty value` };
    return { ok: true, options };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Siblings of the output folder used while building: `staging` receives the new site, `search` its search
 * index (written while Astro owns `staging`), `previous` holds the old site for the moment of the swap. All
 * are hidden and end in `.tmp` (git-ignored).
 */
export function stagingPaths(outDir: string): { staging: string; search: string; previous: string } {
  const parent = dirname(outDir);
  const name = basename(outDir);
  return {
    staging: join(parent, `.${name}.tmp`),
    search: join(parent, `.${name}.pagefind.tmp`),
    previous: join(parent, `.${name}.old.tmp`),
  };
}

/** Milliseconds as seconds with one decimal, or `digits`: `1234` → `1.2 s`, with 2 digits `1.23 s`. */
export function formatSeconds(ms: number, digits = 1): string {
  return `${(ms / 1000).toFixed(digits)} s`;
}

/** Bytes in decimal units, three figures at most: `52_300_000` → `52.3 MB`, `228_878_000` → `229 MB`, `2.26 GB`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(2)} GB`;
  return `${(bytes / 1e6).toFixed(bytes >= 1e8 ? 0 : 1)} MB`;
}

/**
 * The most GitHub Pages publishes: "Published GitHub Pages sites may be no larger than 1 GB" (GitHub's
 * "GitHub Pages limits"); its deploy action warns above it, and the deploy may fail.
 */
export const PAGES_LIMIT_BYTES = 1e9;
/** From this share of that limit on, the build warns that it is near. */
const PAGES_LIMIT_NEAR = 0.8;

/**
 * What the build says when a site of `bytes` nears or passes what GitHub Pages publishes (with what to do
 * about it); undefined when there is room.
 */
export function pagesLimitWarning(bytes: number): string | undefined {
  const share = bytes / PAGES_LIMIT_BYTES;
  if (share > 1) {
    return (
      `the site is ${formatBytes(bytes)}, more than the 1 GB GitHub Pages publishes: deploying it there will ` +
      'fail; serve it from another static host, or build it from fewer dumps (--dumps DIR)'
    );
  }
  if (share < PAGES_LIMIT_NEAR) return undefined;
  return (
    `the site is ${formatBytes(bytes)}, ${Math.floor(share * 100)}% of the 1 GB GitHub Pages publishes: ` +
    'once past it, deploying there fails; plan another static host, or build from fewer dumps (--dumps DIR)'
  );
}
