/**
 * The parse command end to end, as a child process: `node_modules/.bin/node scripts/parse.ts …`.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { annotation } from '../../src/lib/dump/diagnostics.ts';
import { PapersSchema } from '../../src/schemas/paper.ts';
import { makeProject, readMaybe, ROOT, SEED, SEED_FILE } from '../support/parser.ts';

const NODE = path.join(ROOT, 'node_modules/.bin/node');
const SCRIPT = path.join(ROOT, 'scripts/parse.ts');
const seed = readFileSync(SEED);
const SEED_WARNING = `${SEED_FILE}:61:1: warning: entry has no metadata block: no date, no author count [missing-metadata]`;

/** Runs the command in `cwd`; resolves with its exit code and output (never rejects on a non-zero exit). */
async function cli(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(NODE, [SCRIPT, ...args], {
      cwd,
      env: { ...process.env, GITHUB_ACTIONS: '', ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run parse (child process)', () => {
  it('parses the seed into content/papers.json: exit 0, one warning, 39 valid records', async () => {
    const cwd = await makeProject({ [SEED_FILE]: seed });
    const { code, stdout, stderr } = await cli([], cwd);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toBe(`${SEED_WARNING}\n39 papers from 1 dump: 0 errors, 1 warning\n`);
    const papers = PapersSchema.parse(
      JSON.parse(readFileSync(path.join(cwd, 'content/papers.json'), 'utf8')),
    );
    expect(papers).toHaveLength(39);
    expect(papers[0]).toMatchObject({
      id: 'causal2vec-improving-decoder-only-llms-as-versatile-embedding-models',
    });
  });

  it('--out - writes the JSON to standard output and no file', async () => {
    const cwd = await makeProject({ [SEED_FILE]: seed });
    const { code, stdout, stderr } = await cli(['--out', '-'], cwd);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveLength(39);
    expect(stderr.trimEnd().split('\n').at(-1)).toBe('39 papers from 1 dump: 0 errors, 1 warning');
    expect(existsSync(path.join(cwd, 'content/papers.json'))).toBe(false);
  });

  it('--check validates and writes nothing', async () => {
    const cwd = await makeProject({ [SEED_FILE]: seed });
    const { code, stdout, stderr } = await cli(['--check', '--out', 'out/papers.json'], cwd);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain('39 papers from 1 dump');
    expect(existsSync(path.join(cwd, 'out'))).toBe(false);
    expect(existsSync(path.join(cwd, 'content/papers.json'))).toBe(false);
  });

  it('--out FILE writes there, creating its folder, leaving no temporary file', async () => {
    const cwd = await makeProject({ [SEED_FILE]: seed });
    const { code } = await cli(['--out', 'build/data/papers.json', SEED_FILE], cwd);
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(cwd, 'build/data/papers.json'), 'utf8'))).toHaveLength(39);
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(path.join(cwd, 'build/data'))).toEqual(['papers.json']);
  });

  it('a dump with an error: exit 1, diagnostics, the previous output untouched, no stack trace', async () => {
    const bad = `${seed.toString('utf8').replace('Apr 8, 2023', 'Feb 30, 2024')}`;
    const cwd = await makeProject({ [SEED_FILE]: bad, 'content/papers.json': 'previous\n' });
    const { code, stderr } = await cli([], cwd);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `${SEED_FILE}:35:5: error: "Feb 30, 2024" is not a real day: February 2024 has 29 days; copy the date again from the page [invalid-date]\n` +
        `${SEED_WARNING}\n` +
        '39 papers from 1 dump: 1 error, 1 warning\n',
    );
    expect(await readMaybe(path.join(cwd, 'content/papers.json'))).toBe('previous\n');
  });

  it('a file name without a date is a usage error that explains --as-of; --as-of fixes it', async () => {
    const cwd = await makeProject({ 'dumps/today.txt': seed });
    const failed = await cli(['dumps/today.txt'], cwd);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toBe(
      'dumps/today.txt: error: cannot tell the dump\'s date: its file name "today.txt" holds no YYYY-MM-DD date; ' +
        'rename it after the day the page was copied (content/dumps/YYYY-MM-DD.txt) or pass --as-of YYYY-MM-DD\n',
    );
    expect(existsSync(path.join(cwd, 'content/papers.json'))).toBe(false);
    const fixed = await cli(['--as-of', '2025-12-10', 'dumps/today.txt'], cwd);
    expect(fixed.code).toBe(0);
    expect(fixed.stderr).toContain('dumps/today.txt:61:1: warning: entry has no metadata block');
  });

  it('two dumps merge; the summary counts both', async () => {
    const later = seed.toString('utf8').replace('Dec 10', 'Dec 11').replace('Feb 18 2', 'Feb 18 5');
    const cwd = await makeProject({ [SEED_FILE]: seed, 'content/dumps/2025-12-11.txt': later });
    const { code, stderr } = await cli([], cwd);
    expect(code).toBe(0);
    expect(stderr.trimEnd().split('\n').at(-1)).toBe('39 papers from 2 dumps: 0 errors, 2 warnings');
    const papers = PapersSchema.parse(
      JSON.parse(readFileSync(path.join(cwd, 'content/papers.json'), 'utf8')),
    );
    const mamba = papers.find((p) => p.title.startsWith('Multimodal Mamba'));
    expect(mamba).toMatchObject({
      comments: 5,
      digests: ['2025-12-10', '2025-12-11'],
      source: { file: SEED_FILE },
    });
  });

  it('usage errors exit 2 with a hint, and --help prints the usage', async () => {
    const cwd = await makeProject({ [SEED_FILE]: seed });
    const unknown = await cli(['--frobnicate'], cwd);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /^parse: error: Unknown option '--frobnicate'.*\nRun "npm run parse -- --help" for usage\.\n$/s,
    );
    const asOf = await cli(['--as-of', '2025-02-30'], cwd);
    expect(asOf.code).toBe(2);
    expect(asOf.stderr).toContain('--as-of wants a real day as YYYY-MM-DD');
    const missing = await cli(['content/dumps/2025-12-31.txt'], cwd);
    expect(missing).toMatchObject({
      code: 2,
      stderr: 'content/dumps/2025-12-31.txt: error: cannot read the file: no such file or directory\n',
    });
    const help = await cli(['--help'], cwd);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run parse -- \[options\] \[DUMP \.\.\.\]/);
    expect(existsSync(path.join(cwd, 'content/papers.json'))).toBe(false);
  });

  it('tags with a real taxonomy file: tags set, one untagged warning per paper left bare', async () => {
    const taxonomy =
      'tags:\n  - id: embeddings\n    label: Embeddings\n    description: Text embedding models.\n' +
      '    titlePhrases: [embedding]\n';
    const cwd = await makeProject({ [SEED_FILE]: seed, 'content/tags.yaml': taxonomy });
    const { code, stderr } = await cli([], cwd);
    expect(code).toBe(0);
    const papers = JSON.parse(readFileSync(path.join(cwd, 'content/papers.json'), 'utf8')) as {
      title: string;
      tags: string[];
      source: { line: number };
    }[];
    const tagged = papers.filter((p) => p.tags.includes('embeddings')).map((p) => p.title.split(':')[0]);
    expect(tagged).toEqual(expect.arrayContaining(['Causal2Vec', 'NV-Embed']));
    const bare = papers.filter((p) => p.tags.length === 0).map((p) => p.source.line);
    const untagged = stderr.split('\n').filter((line) => line.endsWith('[untagged]'));
    expect(untagged.map((line) => Number(line.split(':')[1]))).toEqual(bare);
    expect(bare.length).toBeGreaterThan(20);
    expect(stderr.trimEnd().split('\n').at(-1)).toBe(
      `39 papers from 1 dump: 0 errors, ${bare.length + 1} warnings`,
    );
  });

  it('a dump named twice, or by its file and its folder, is read once', async () => {
    const cwd = await makeProject({ [SEED_FILE]: seed });
    const { code, stderr } = await cli([SEED_FILE, 'content/dumps', `./${SEED_FILE}`], cwd);
    expect(code).toBe(0);
    expect(stderr).toBe(`${SEED_WARNING}\n39 papers from 1 dump: 0 errors, 1 warning\n`);
  });

  it('two dumps that claim one day are an error naming both; nothing is written', async () => {
    const cwd = await makeProject({ [SEED_FILE]: seed, 'content/dumps/2025-12-10 (copy).txt': seed });
    const { code, stderr } = await cli([], cwd);
    expect(code).toBe(2);
    expect(stderr).toContain(
      `parse: error: content/dumps/2025-12-10 (copy).txt and ${SEED_FILE} both claim 2025-12-10`,
    );
    expect(existsSync(path.join(cwd, 'content/papers.json'))).toBe(false);
    const asOf = await makeProject({ 'a/x.txt': seed, 'a/y.txt': seed });
    const both = await cli(['--as-of', '2025-12-10', 'a/x.txt', 'a/y.txt'], asOf);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('a/x.txt and a/y.txt both claim 2025-12-10');
  });

  it('warns of a dump dated after tomorrow, a typo in its name', async () => {
    const cwd = await makeProject({ 'content/dumps/2099-12-10.txt': seed });
    const { code, stderr } = await cli([], cwd);
    expect(code).toBe(0);
    expect(stderr.split('\n')[0]).toBe(
      "content/dumps/2099-12-10.txt:1:1: warning: the dump is dated 2099-12-10, after today: check the date in its name (its digest would be the site's latest) [future-dump]",
    );
    const asOf = await cli(['--as-of', '2099-12-10', SEED_FILE], await makeProject({ [SEED_FILE]: seed }));
    expect(asOf.stderr).toContain('the dump is dated 2099-12-10, after today: check the date in --as-of');
    const today = new Date().toISOString().slice(0, 10);
    const dated = await makeProject({ [`content/dumps/${today}.txt`]: seed });
    expect((await cli([], dated)).stderr).not.toContain('future-dump');
  });

  it('a file in the dumps folder that is not a dump is an error naming it, not a day left out', async () => {
    for (const name of ['2025-12-11.mhtml', '2025-12-11', '2025-12-11.txt~', 'old/2025-12-11.txt']) {
      const cwd = await makeProject({
        [SEED_FILE]: seed,
        [`content/dumps/${name}`]: 'x',
        'content/dumps/.gitkeep': '',
      });
      const stray = name.replace(/\/.*/, '');
      expect(await cli([], cwd), name).toMatchObject({
        code: 2,
        stderr:
          `content/dumps/${stray}: error: not a dump; a dumps folder holds only dumps, each named YYYY-MM-DD.txt, ` +
          '.md or .html: save the page in one of those forms (File → Save Page As…, "Web Page, HTML only"), or ' +
          'move this out of content/dumps/\n',
      });
      expect(existsSync(path.join(cwd, 'content/papers.json'))).toBe(false);
    }
  });

  it('a folder or a pipe named like a dump in a dumps folder is an error that says what it is, not a wait', async () => {
    const cwd = await makeProject({ [SEED_FILE]: seed, 'content/dumps/2025-12-11.txt/notes.txt': 'x' });
    const folder = await cli([], cwd);
    expect(folder).toMatchObject({
      code: 2,
      stderr:
        'content/dumps/2025-12-11.txt: error: this is a folder, not a file; a dump is one file, named ' +
        'YYYY-MM-DD.txt, .md or .html\n',
    });
    const piped = await makeProject({ [SEED_FILE]: seed });
    await promisify(execFile)('mkfifo', [path.join(piped, 'content/dumps/2025-12-12.md')]);
    const pipe = await cli([], piped);
    expect(pipe).toMatchObject({
      code: 2,
      stderr:
        'content/dumps/2025-12-12.md: error: this is not a regular file (a pipe, socket or device); save the ' +
        'dump as a file\n',
    });
    expect(existsSync(path.join(piped, 'content/papers.json'))).toBe(false);
    // A pipe named on the command line, as `<(cat dump)` makes one, is read.
    const fifo = path.join(piped, 'content/dumps/2025-12-12.md');
    const writer = promisify(execFile)('sh', [
      '-c',
      'cat "$1" > "$2"',
      'sh',
      path.join(piped, SEED_FILE),
      fifo,
    ]);
    const named = await cli(['--as-of', '2025-12-10', 'content/dumps/2025-12-12.md'], piped);
    await writer;
    expect(named.code).toBe(0);
    expect(named.stderr.trimEnd().split('\n').at(-1)).toBe('39 papers from 1 dump: 0 errors, 1 warning');
  });

  it('takes a saved page named .htm as it takes .html', async () => {
    const html = readFileSync(path.join(ROOT, 'tests/fixtures/dumps/html-cards-only/input.txt'));
    const cwd = await makeProject({ 'content/dumps/2026-10-05.htm': html });
    const { code, stderr } = await cli([], cwd);
    expect(stderr).toBe('2 papers from 1 dump: 0 errors, 0 warnings\n');
    expect(code).toBe(0);
  });

  it('a dump whose name is not exactly YYYY-MM-DD.txt is a usage error naming the expected name', async () => {
    const cwd = await makeProject({ 'content/dumps/2025-12-10-b.txt': seed });
    const { code, stderr } = await cli([], cwd);
    expect(code).toBe(2);
    expect(stderr).toContain(
      'content/dumps/2025-12-10-b.txt: error: a dump is named after its day, exactly YYYY-MM-DD.txt, .md or .html; rename it to 2025-12-10.txt',
    );
    const fixed = await cli(['--as-of', '2025-12-10', 'content/dumps/2025-12-10-b.txt'], cwd);
    expect(fixed.code).toBe(0);
  });

  it('in GitHub Actions each diagnostic is also a workflow annotation on stdout', async () => {
    const cwd = await makeProject({ 'content/dumps/2025-12-10.txt': seed });
    const { code, stdout, stderr } = await cli([], cwd, { GITHUB_ACTIONS: 'true' });
    expect(code).toBe(0);
    expect(stderr).toContain(SEED_WARNING);
    expect(stdout).toBe(
      `::warning file=${SEED_FILE},line=61,col=1,title=missing-metadata::` +
        'entry has no metadata block: no date, no author count [missing-metadata]\n',
    );
    const piped = await cli(['--out', '-'], cwd, { GITHUB_ACTIONS: 'true' });
    expect(JSON.parse(piped.stdout)).toHaveLength(39);
    expect(piped.stderr).toContain(`::warning file=${SEED_FILE},line=61`);
  });

  it('workflow annotations escape % CR LF in the message and , : in properties', () => {
    expect(
      annotation({
        file: 'a,b:c.txt',
        line: 2,
        column: 3,
        severity: 'error',
        message: '100% bad\r\nline, two: three',
        rule: 'r',
      }),
    ).toBe('::error file=a%2Cb%3Ac.txt,line=2,col=3,title=r::100%25 bad%0D%0Aline, two: three [r]');
  });

  it('a formula too large to typeset is a warning at its record; the run still succeeds', async () => {
    const huge = `$${'\\sqrt{'.repeat(20)}x${'}'.repeat(20)}$`;
    const dump = seed.toString('utf8').replace('Multimodal Mamba:', `Multimodal ${huge} Mamba:`);
    const cwd = await makeProject({ [SEED_FILE]: dump });
    const { code, stderr } = await cli(['--check'], cwd);
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /^content\/dumps\/2025-12-10\.txt:37:1: warning: formula too large to typeset in the title \(.*\); it is shown as written \[formula-too-large\]$/m,
    );
  });

  it('no dumps at all is a usage error', async () => {
    const cwd = await makeProject({ 'README.md': '# empty project\n' });
    const { code, stderr } = await cli([], cwd);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^parse: error: no dumps: content\/dumps\/ does not exist; save the page's text as/,
    );
  });

  it('a write failure exits 2 with a message, not a stack', async () => {
    const cwd = await makeProject({ [SEED_FILE]: seed });
    const { code, stderr } = await cli(['--out', `${SEED_FILE}/papers.json`], cwd);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /\ncontent\/dumps\/2025-12-10\.txt\/papers\.json: error: cannot write the output: /,
    );
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
