/** The build command's options, parsed from its arguments. */
import { parseArgs } from 'node:util';

/** What `npm run build -- …` was asked to do. */
export interface BuildOptions {
  /** Folder whose dump files (`.txt`, `.md`, `.html`) are the dumps to parse. */
  dumps: string;
  /** Where the parser writes the records and Astro reads them (`PAPERS_FILE`). */
  papers: string;
  /** Where the finished site ends up. */
  outDir: string;
  /** Where to write the line Astro makes for each generated path, if anywhere (`build-log.ts`). */
  pageLog: string | undefined;
  /** Print the usage and stop. */
  help: boolean;
}

/** Defaults, relative to the project root. */
export const DEFAULT_BUILD_OPTIONS: Readonly<BuildOptions> = {
  dumps: 'content/dumps',
  papers: 'content/papers.json',
  outDir: 'dist',
  pageLog: undefined,
  help: false,
};

export const BUILD_USAGE = `Usage: npm run build -- [--dumps DIR] [--papers FILE] [--out-dir DIR] [--page-log FILE]

Parses the dumps, then builds the site with Astro, which indexes the papers with
Pagefind while it renders. The site is built in a hidden folder next to the output
folder and renamed into place only when every stage succeeds: on failure (or a kill)
the previous output stays, and the next build puts it back if a kill interrupted the swap.
One build runs at a time in a checkout; another waits for it.

  --dumps DIR      folder of YYYY-MM-DD.txt|md|html dumps (default: ${DEFAULT_BUILD_OPTIONS.dumps})
  --papers FILE    records written by the parser, read by Astro (default: ${DEFAULT_BUILD_OPTIONS.papers})
  --out-dir DIR    where the site goes (default: ${DEFAULT_BUILD_OPTIONS.outDir}); a new or empty folder,
                   or a site this command built, which the new one replaces
  --page-log FILE  write Astro's lines for the generated paths (a render time, or (cached) when
                   unchanged since the last build, after each) to FILE; the log only counts them
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
        'page-log': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    const options: BuildOptions = {
      dumps: values.dumps ?? DEFAULT_BUILD_OPTIONS.dumps,
      papers: values.papers ?? DEFAULT_BUILD_OPTIONS.papers,
      outDir: values['out-dir'] ?? DEFAULT_BUILD_OPTIONS.outDir,
      pageLog: values['page-log'],
      help: values.help ?? false,
    };
    const flags = { dumps: 'dumps', papers: 'papers', outDir: 'out-dir', pageLog: 'page-log' } as const;
    const empty = (Object.keys(flags) as (keyof typeof flags)[]).find((key) => options[key]?.trim() === '');
    if (empty) return { ok: false, message: `--${flags[empty]} needs a non-empty value` };
    return { ok: true, options };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
