/**
 * `npm run parse -- [--out FILE|-] [--as-of YYYY-MM-DD] [--check] [--tags FILE] [DUMP ...]`
 *
 * Parses Daily Papers dumps into `content/papers.json`. The command line only: arguments, files,
 * exit codes. The logic lives in `src/lib/dump/`.
 *
 * Exit status: 0 fine (warnings allowed), 1 the input has errors, 2 usage error or tool failure.
 * On any error nothing is written: the output is written to a temporary file, then renamed.
 */
import { readFileSync } from 'node:fs';
import { mkdir, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  annotation,
  countBySeverity,
  formatDiagnostic,
  sortDiagnostics,
  type Diagnostic,
} from '../src/lib/dump/diagnostics.ts';
import { isIsoDate } from '../src/lib/dump/dates.ts';
import { decodeDump } from '../src/lib/dump/decode.ts';
import { dateFromFileName, dumpFiles, strayFileProblem, strayFiles } from '../src/lib/dump/file-date.ts';
import { mergeDumps } from '../src/lib/dump/merge.ts';
import { checkFormulaLimits } from '../src/lib/render/formula-limits.ts';
import { parseDump } from '../src/lib/dump/parse.ts';
import { recordsJson } from '../src/lib/dump/records-json.ts';
import { summarize } from '../src/lib/dump/summary.ts';
import { validatePapers } from '../src/lib/dump/validate.ts';
import { loadTaxonomy, tagPapers } from '../src/lib/tags/tag.ts';
import type { Paper } from '../src/schemas/paper.ts';

/** Where the command writes to and resolves paths from; tests pass their own. */
export interface Io {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  cwd: string;
  /** The environment, read once; `GITHUB_ACTIONS=true` adds workflow annotations. */
  env?: Readonly<Record<string, string | undefined>>;
}

const DEFAULT_DUMPS = 'content/dumps';
const DEFAULT_OUT = 'content/papers.json';
const DEFAULT_TAGS = 'content/tags.yaml';

export const USAGE = `Usage: npm run parse -- [options] [DUMP ...]

Parses Daily Papers dumps (the page saved as content/dumps/YYYY-MM-DD.txt, .md or .html) into
validated paper records. DUMP is a dump file or a folder of them; default: ${DEFAULT_DUMPS}/.
Without --as-of each dump must be named exactly YYYY-MM-DD.txt, .md or .html; one dump per day.

Options:
  --out FILE        where to write the JSON array of records (default: ${DEFAULT_OUT}; - for stdout)
  --as-of DATE      the dumps' date, YYYY-MM-DD (default: the date in each file's name)
  --check           parse and validate only; write nothing
  --tags FILE       tag taxonomy (default: ${DEFAULT_TAGS}; without it, a warning and no topics)
  -h, --help        show this help

Diagnostics go to stderr as file:line:col: severity: message [rule], then a summary line.
Exit status: 0 fine (warnings allowed), 1 errors in the input, 2 usage error or failure.
`;

/** Thrown for usage errors and failures that stop the run before any output: exit status 2. */
class Stop extends Error {}

/** Runs the command; resolves to the exit status. Never throws. */
export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof Stop) {
      io.stderr.write(`${error.message}\n`);
      return 2;
    }
    const detail = process.env['DEBUG'] ? String((error as Error).stack) : (error as Error).message;
    io.stderr.write(`parse: error: internal error: ${detail} (set DEBUG=1 for the stack)\n`);
    return 2;
  }
}

async function run(argv: string[], io: Io): Promise<number> {
  const options = readOptions(argv);
  if (options.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  const display = (file: string): string => path.relative(io.cwd, file).split(path.sep).join('/') || '.';
  const dumpFiles = await findDumps(options.dumps, io.cwd, display);

  // Every dump's date first: a usage error stops the run before any work.
  const dumps = dumpFiles.map((file) => ({
    file,
    name: display(file),
    date: options.asOf ?? dumpDate(display(file)),
  }));
  checkOneDumpPerDay(dumps);
  // With --as-of the name carries no date, so only the folder convention is enforced without it.
  if (options.asOf === undefined) for (const dump of dumps) checkExactName(dump.name, dump.date);

  const diagnostics: Diagnostic[] = dumps.flatMap(({ name, date }) =>
    futureDump(name, date, options.asOf === undefined ? 'its name' : '--as-of'),
  );
  const parsed: { date: string; papers: Paper[] }[] = [];
  for (const { file, name, date } of dumps) {
    const { text, windows1252At } = decodeDump(readInput(file, name));
    const result = parseDump(text, {
      file: name,
      date,
      ...(windows1252At === undefined ? {} : { windows1252At }),
    });
    diagnostics.push(...result.diagnostics);
    parsed.push({ date, papers: result.papers });
  }
  let papers = mergeDumps(parsed);
  diagnostics.push(...checkFormulaLimits(papers));

  const tagsFile = path.resolve(io.cwd, options.tags ?? DEFAULT_TAGS);
  if (options.tags !== undefined || (await exists(tagsFile))) {
    const tagging = tag(papers, readInput(tagsFile, display(tagsFile)), display(tagsFile));
    papers = tagging.papers;
    diagnostics.push(...tagging.diagnostics);
  } else {
    diagnostics.push({
      file: display(tagsFile),
      line: 1,
      column: 1,
      severity: 'warning',
      rule: 'no-taxonomy',
      message:
        'the taxonomy is missing, so no paper gets a topic and the site has no topic pages: restore it ' +
        `(git checkout ${DEFAULT_TAGS}) or pass --tags FILE`,
    });
  }
  diagnostics.push(...validatePapers(papers, display(dumpFiles[0] as string)));

  const sorted = sortDiagnostics(diagnostics);
  for (const d of sorted) io.stderr.write(`${formatDiagnostic(d)}\n`);
  if (io.env?.['GITHUB_ACTIONS'] === 'true') {
    // The runner reads workflow commands from stdout, unless stdout carries the JSON itself.
    const stream = options.out === '-' ? io.stderr : io.stdout;
    for (const d of sorted) stream.write(`${annotation(d)}\n`);
  }
  const counts = countBySeverity(diagnostics);
  io.stderr.write(
    `${summarize({ papers: papers.length, dumps: dumpFiles.length, errors: counts.error, warnings: counts.warning })}\n`,
  );
  if (counts.error > 0) return 1;
  if (options.check) return 0;
  const json = recordsJson(papers);
  if (options.out === '-') io.stdout.write(json);
  else await writeAtomically(path.resolve(io.cwd, options.out), json, display);
  return 0;
}

interface Options {
  out: string;
  asOf?: string;
  check: boolean;
  tags?: string;
  help: boolean;
  dumps: string[];
}

function readOptions(argv: string[]): Options {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', short: 'o' },
        'as-of': { type: 'string' },
        check: { type: 'boolean', default: false },
        tags: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw usage((error as Error).message);
  }
  const asOf = values['as-of'];
  if (asOf !== undefined && !isIsoDate(asOf)) {
    throw usage(`--as-of wants a real day as YYYY-MM-DD, e.g. --as-of 2025-12-10; got "${asOf}"`);
  }
  return {
    out: values.out ?? DEFAULT_OUT,
    check: values.check,
    help: values.help,
    dumps: positionals,
    ...(asOf === undefined ? {} : { asOf }),
    ...(values.tags === undefined ? {} : { tags: values.tags }),
  };
}

function usage(message: string): Stop {
  return new Stop(`parse: error: ${message}\nRun "npm run parse -- --help" for usage.`);
}

/** The dump files to read: the arguments (folders expanded to their dump files), or the default folder. */
async function findDumps(args: string[], cwd: string, display: (file: string) => string): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args.length > 0 ? args : [DEFAULT_DUMPS]) {
    const target = path.resolve(cwd, arg);
    const info = await stat(target).catch(() => null);
    if (info === null && args.length === 0) {
      throw usage(
        `no dumps: ${DEFAULT_DUMPS}/ does not exist; save the page's text as ${DEFAULT_DUMPS}/YYYY-MM-DD.txt`,
      );
    }
    if (info?.isDirectory()) {
      const all = await readdir(target);
      const stray = strayFiles(all)[0];
      if (stray !== undefined)
        throw new Stop(`${display(path.join(target, stray))}: error: ${strayFileProblem(display(target))}`);
      const names = dumpFiles(all);
      if (names.length === 0) {
        throw usage(`no dumps in ${display(target)}/; save the page's text there as YYYY-MM-DD.txt`);
      }
      const found = names.map((name) => path.join(target, name));
      for (const file of found) await checkListedFile(file, display(file));
      files.push(...found);
    } else {
      files.push(target);
    }
  }
  return [...new Set(files)];
}

/**
 * A file found in a dumps folder must be one: a folder named like a dump cannot be read, and reading a pipe
 * would wait for a writer (a pipe named on the command line is read).
 */
async function checkListedFile(file: string, name: string): Promise<void> {
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory())
    throw new Stop(
      `${name}: error: this is a folder, not a file; a dump is one file, named YYYY-MM-DD.txt, .md or .html`,
    );
  if (info !== null && !info.isFile())
    throw new Stop(
      `${name}: error: this is not a regular file (a pipe, socket or device); save the dump as a file`,
    );
}

/**
 * A warning for a dump dated after tomorrow (a day's slack for time zones): a typo in its name (or `source`,
 * where else the date came from), which would make its digest the site's latest.
 */
function futureDump(name: string, date: string, source: string): Diagnostic[] {
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  if (date <= tomorrow) return [];
  return [
    {
      file: name,
      line: 1,
      column: 1,
      severity: 'warning',
      rule: 'future-dump',
      message:
        `the dump is dated ${date}, after today: check the date in ${source} ` +
        "(its digest would be the site's latest)",
    },
  ];
}

function dumpDate(name: string): string {
  const result = dateFromFileName(name);
  if ('problem' in result) throw new Stop(`${name}: error: ${result.problem}`);
  return result.date;
}

/** Exactly the day and one of the dump extensions: `2025-12-10.txt`, not `2025-12-10 (copy).txt`. */
const EXACT_DUMP_NAME = /^\d{4}-\d{2}-\d{2}\.(?:txt|md|html?)$/i;

function checkExactName(name: string, date: string): void {
  const base = name.split('/').pop() ?? name;
  if (EXACT_DUMP_NAME.test(base)) return;
  const extension = /\.(md|html?)$/i.exec(base)?.[1]?.toLowerCase() ?? 'txt';
  throw new Stop(
    `${name}: error: a dump is named after its day, exactly YYYY-MM-DD.txt, .md or .html; ` +
      `rename it to ${date}.${extension} (or pass --as-of YYYY-MM-DD with the file)`,
  );
}

/** Two dumps of one day would merge silently, so the run stops and names both. */
function checkOneDumpPerDay(dumps: readonly { name: string; date: string }[]): void {
  const byDate = new Map<string, string>();
  for (const { name, date } of dumps) {
    const first = byDate.get(date);
    if (first !== undefined) {
      throw new Stop(
        `parse: error: ${first} and ${name} both claim ${date}; keep one dump per day (merge them or remove one)`,
      );
    }
    byDate.set(date, name);
  }
}

/** Read synchronously: the parser waits for each file anyway; asynchronous reads add round trips. */
function readInput(file: string, name: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new Stop(`${name}: error: cannot read the file: ${describe(error)}`);
  }
}

function tag(
  papers: Paper[],
  bytes: Uint8Array,
  name: string,
): { papers: Paper[]; diagnostics: Diagnostic[] } {
  const loaded = loadTaxonomy(decodeDump(bytes).text, name);
  const tagged = tagPapers(papers, loaded.taxonomy, name);
  return { papers: tagged.papers, diagnostics: [...loaded.diagnostics, ...tagged.diagnostics] };
}

async function exists(file: string): Promise<boolean> {
  return (await stat(file).catch(() => null))?.isFile() ?? false;
}

/** Writes next to the target, then renames over it: readers never see half a file. */
async function writeAtomically(file: string, text: string, display: (file: string) => string): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(temp, text);
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new Stop(`${display(file)}: error: cannot write the output: ${describe(error)}`);
  }
}

/** `ENOENT: no such file or directory, open '…'` → `no such file or directory`. */
function describe(error: unknown): string {
  const message = (error as Error).message ?? String(error);
  return message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '');
}

function defaultIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env };
}

if (import.meta.main) {
  process.exitCode = await main(process.argv.slice(2));
}
