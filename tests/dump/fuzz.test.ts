/**
 * Seeded mutations of the seed, of one capture of each layout and of a saved page: the parser never throws, and what
 * it would write always passes the schema. Seeded, so a failure reproduces.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDump } from '../../src/lib/dump/parse.ts';
import { PapersSchema } from '../../src/schemas/paper.ts';
import { makeProject, ROOT, runParse, SEED } from '../support/parser.ts';

/** The real captures, as their fixture cases keep them. */
const FIXTURES = path.join(ROOT, 'tests/fixtures/dumps');
const INPUTS = {
  plain: readFileSync(SEED, 'utf8'),
  'text-links': readFileSync(path.join(FIXTURES, 'capture-search-text-links/input.txt'), 'utf8'),
  markdown: readFileSync(path.join(FIXTURES, 'capture-search-markdown/input.txt'), 'utf8'),
  trending: readFileSync(path.join(FIXTURES, 'capture-trending-markdown/input.txt'), 'utf8'),
  html: readFileSync(path.join(FIXTURES, 'html-daily-data-props/input.txt'), 'utf8'),
};

/** What a careless or hostile edit puts into a dump. */
const JUNK = [
  '',
  '·',
  '  • -3 authors',
  '  • 2 authors',
  'Feb 30, 2024',
  'Jan 1, 0001',
  '[-] 19',
  '117',
  'https://huggingface.co/papers/2501.00001',
  '### [https://evil.example](javascript:alert(1))',
  '<script>alert(1)</script>',
  '<!doctype html><html>',
  '=HYPERLINK("http://evil.example","x")',
  'Submitted by',
  'Upvote',
  'GitHub 3.29k',
  '[![x](https://evil.example/x.png)Org](https://huggingface.co/org)',
  '$\\frac{\\frac{a}{b}}{c}$',
  '\u0000',
  'x'.repeat(400),
];

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'insert'; at: number; junk: number }
  | { kind: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), junk: fc.nat({ max: JUNK.length - 1 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

function mutate(text: string, mutations: readonly Mutation[]): string {
  let lines = text.split('\n');
  for (const m of mutations) {
    const at = m.at % Math.max(1, lines.length);
    if (m.kind === 'delete') lines.splice(at, 1);
    else if (m.kind === 'duplicate') lines.splice(at, 0, lines[at] ?? '');
    else if (m.kind === 'swap') {
      const other = m.with % Math.max(1, lines.length);
      [lines[at], lines[other]] = [lines[other] ?? '', lines[at] ?? ''];
    } else if (m.kind === 'insert') lines.splice(at, 0, JUNK[m.junk] as string);
    else lines = lines.slice(0, Math.max(1, at));
  }
  return lines.join('\n');
}

const layout = fc.constantFrom(...(Object.keys(INPUTS) as (keyof typeof INPUTS)[]));

describe('fuzzed dumps', () => {
  it('never throw, and clean results always pass the schema', () => {
    fc.assert(
      fc.property(layout, fc.array(mutation, { minLength: 1, maxLength: 6 }), (name, mutations) => {
        const text = mutate(INPUTS[name], mutations);
        const result = parseDump(text, { file: 'content/dumps/2026-10-04.txt', date: '2026-10-04' });
        expect(result.diagnostics.every((d) => d.line >= 1 && d.column >= 1 && d.rule !== '')).toBe(true);
        if (!result.diagnostics.some((d) => d.severity === 'error')) {
          const checked = PapersSchema.safeParse(result.papers);
          expect(checked.success, checked.error?.message).toBe(true);
        }
      }),
      { seed: 20261202, numRuns: 200 },
    );
  });

  it('the command exits 0 or 1 on them, never 2 and never with a stack trace', async () => {
    const samples = fc.sample(fc.tuple(layout, fc.array(mutation, { minLength: 1, maxLength: 6 })), {
      seed: 20261203,
      numRuns: 12,
    });
    for (const [name, mutations] of samples) {
      const cwd = await makeProject({ 'content/dumps/2026-10-04.txt': mutate(INPUTS[name], mutations) });
      const result = await runParse([], cwd);
      expect([0, 1], result.stderr).toContain(result.code);
      expect(result.stderr).not.toMatch(/\n\s+at |internal error/);
    }
  });
});
