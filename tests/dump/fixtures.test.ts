/**
 * Fixture cases, run in a loop: `tests/fixtures/dumps/<case>/` holds `input.txt` (or a `dumps/` folder),
 * `case.json` (`exitCode`, optional `name` of the dump file, default `2025-12-10.txt`), and the expected
 * `expected-diagnostics.txt` (standard error) and `expected.json` (the records written, when exit 0).
 * A previous output file must survive every failing case untouched.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeProject, readMaybe, ROOT, runParse } from '../support/parser.ts';

const FIXTURES = path.join(ROOT, 'tests/fixtures/dumps');
const PREVIOUS = '[{"previous":"output"}]\n';
const UPDATE = process.env['UPDATE_FIXTURES'] === '1';

interface Case {
  exitCode: number;
  name?: string;
}

/** Runs the parse command over one case's input in a fresh project; returns what it did. */
async function runCase(inputs: Record<string, string | Uint8Array>) {
  const files: Record<string, string | Uint8Array> = { 'content/papers.json': PREVIOUS };
  for (const [name, content] of Object.entries(inputs)) files[`content/dumps/${name}`] = content;
  const cwd = await makeProject(files);
  const result = await runParse([], cwd);
  const output = await readMaybe(path.join(cwd, 'content/papers.json'));
  return { ...result, output, cwd };
}

async function inputsOf(dir: string, spec: Case): Promise<Record<string, Uint8Array>> {
  if (existsSync(path.join(dir, 'dumps'))) {
    const names = await readdir(path.join(dir, 'dumps'));
    return Object.fromEntries(
      await Promise.all(
        names.map(async (name) => [name, await readFile(path.join(dir, 'dumps', name))] as const),
      ),
    );
  }
  return { [spec.name ?? '2025-12-10.txt']: await readFile(path.join(dir, 'input.txt')) };
}

const cases = readdirSync(FIXTURES).sort();

describe('dump fixtures', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  for (const name of cases) {
    it(name, async () => {
      const dir = path.join(FIXTURES, name);
      const spec = JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8')) as Case;
      const result = await runCase(await inputsOf(dir, spec));
      const diagnosticsFile = path.join(dir, 'expected-diagnostics.txt');
      const recordsFile = path.join(dir, 'expected.json');
      if (UPDATE) {
        await writeFile(diagnosticsFile, result.stderr);
        if (result.code === 0) await writeFile(recordsFile, result.output ?? '');
      }
      expect(result.code).toBe(spec.exitCode);
      expect(result.stderr).toBe(readFileSync(diagnosticsFile, 'utf8'));
      expect(result.stderr).not.toMatch(/\n\s+at /);
      if (spec.exitCode === 0) {
        expect(JSON.parse(result.output ?? 'null')).toEqual(JSON.parse(readFileSync(recordsFile, 'utf8')));
      } else {
        expect(result.output).toBe(PREVIOUS);
        expect(existsSync(recordsFile)).toBe(false);
      }
    });
  }
});

describe('generated bad inputs', () => {
  it('a 2 MB line: an error naming the line, the previous output untouched', async () => {
    const long = `A Paper\n\n${'x'.repeat(2 * 1024 * 1024)}\n\n  • 2 authors\n·\nDec 1\n`;
    const result = await runCase({ '2025-12-10.txt': long });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'content/dumps/2025-12-10.txt:3:10001: error: line is 2,097,152 characters long; a dump line holds at most ' +
        '10,000 (an abstract is about 2,000): check that this file is the text of the Daily Papers page [line-too-long]\n' +
        '0 papers from 1 dump: 1 error, 0 warnings\n',
    );
    expect(result.output).toBe(PREVIOUS);
  });
});
