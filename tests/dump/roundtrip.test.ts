/**
 * Property: random records rendered as dump text (the grammar plus the noise real copies carry:
 * CRLF or CR, a BOM, non-breaking and trailing spaces, extra blank lines, bullet variants, no final
 * newline) parse back to the same records.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../src/lib/dump/dates.ts';
import { parseDump } from '../../src/lib/dump/parse.ts';
import { titleKey } from '../../src/lib/dump/title-key.ts';
import { PapersSchema, type Link } from '../../src/schemas/paper.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const FIRST_WORDS = [
  'Sparse',
  'Über',
  'Neural',
  '$I^{2}$-World:',
  '$\\textit{Refiner}$:',
  'Łódź-Net:',
  'LLaMA',
  'Causal2Vec:',
  '大模型',
];
const WORDS = [
  'models',
  'attention',
  'for',
  'the',
  'of',
  'Große',
  'résumé',
  'Mamba',
  '4D',
  'Q&A',
  '$\\alpha$',
  '(LLMs)',
  'x-ray',
  'ÉCOLE',
  'über',
  '—',
  'zero-shot',
];
const ORGS = ['Sony', 'Google DeepMind', 'Meta AI', 'École Polytechnique', 'Tsinghua University'];
const URLS: Link[] = [
  { url: 'https://github.com/hustvl/mmMamba', kind: 'code' },
  { url: 'https://gitlab.com/group/project', kind: 'code' },
  { url: 'https://huggingface.co/nvidia/NV-Embed-v1', kind: 'model' },
  { url: 'https://levo-demo.github.io/', kind: 'project' },
  { url: 'https://en.wikipedia.org/wiki/Mamba_(architecture)', kind: 'project' },
  { url: 'http://example.org/a/b?c=1#d', kind: 'project' },
];

interface Spec {
  title: string;
  words: string[];
  urls: { link: Link; broken: boolean; after: string }[];
  meta: { kind: 'none' } | { kind: 'authors'; count: number; bullet: string } | { kind: 'org'; name: string };
  daysBack: number;
  withYear: boolean;
  upvotes: number;
  showZeroUpvotes: boolean;
}

const spec: fc.Arbitrary<Spec> = fc.record({
  title: fc
    .tuple(
      fc.constantFrom(...FIRST_WORDS),
      fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }),
    )
    .map(([first, rest]) => [first, ...rest].join(' ')),
  words: fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 60 }),
  urls: fc.array(
    fc.record({
      link: fc.constantFrom(...URLS),
      broken: fc.boolean(),
      after: fc.constantFrom('.', ',', ';', ')', ' .', ''),
    }),
    { maxLength: 3 },
  ),
  meta: fc.oneof(
    { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant('authors' as const),
        count: fc.integer({ min: 1, max: 60 }),
        bullet: fc.constantFrom('  • ', '• ', '- ', ''),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({ kind: fc.constant('org' as const), name: fc.constantFrom(...ORGS) }),
    },
  ),
  daysBack: fc.integer({ min: 0, max: 3000 }),
  withYear: fc.boolean(),
  upvotes: fc.nat({ max: 500 }),
  showZeroUpvotes: fc.boolean(),
});

type Noise = {
  eol: string;
  bom: boolean;
  nbsp: boolean;
  trailing: boolean;
  finalNewline: boolean;
  blanks: number;
  chrome: boolean;
};

const noise: fc.Arbitrary<Noise> = fc.record({
  eol: fc.constantFrom('\n', '\r\n', '\r'),
  bom: fc.boolean(),
  nbsp: fc.boolean(),
  trailing: fc.boolean(),
  finalNewline: fc.boolean(),
  blanks: fc.integer({ min: 1, max: 3 }),
  chrome: fc.boolean(),
});

const dumpDate = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

function addDays(iso: string, days: number): Date {
  return new Date(Date.parse(`${iso}T00:00:00Z`) - days * 86_400_000);
}

/** The text of one entry, and the record it must parse back to (without id and source). */
function render(s: Spec, date: string, n: Noise, spaceNoise: (text: string) => string) {
  const published = addDays(date, s.daysBack);
  const [y, m, d] = [published.getUTCFullYear(), published.getUTCMonth() + 1, published.getUTCDate()];
  // Without a year a date means the latest such day on or before the dump: only within the last year.
  const withYear = s.withYear || s.daysBack >= 365;
  const showUpvotes = s.upvotes > 0 || s.showZeroUpvotes;
  const dateLine = `${MONTHS[m - 1]} ${d}${withYear ? `, ${y}` : ''}${showUpvotes ? ` ${s.upvotes}` : ''}`;
  const abstractParts = [...s.words];
  for (const [i, u] of s.urls.entries()) {
    const url = u.broken ? u.link.url.replace('://', ': //') : u.link.url;
    abstractParts.splice(Math.min(i * 3, abstractParts.length), 0, `${url}${u.after}`);
  }
  const abstract = `${abstractParts.join(' ')}.`;
  const blank = n.eol.repeat(n.blanks + 1);
  const lines = [spaceNoise(s.title), blank, spaceNoise(abstract), blank];
  if (s.meta.kind === 'authors') {
    lines.push(
      spaceNoise(`${s.meta.bullet}${s.meta.count} authors`),
      n.eol,
      '·',
      n.eol,
      spaceNoise(dateLine),
      blank,
    );
  }
  if (s.meta.kind === 'org') {
    lines.push(spaceNoise(`${s.meta.name} ${s.meta.name}`), n.eol, '·', n.eol, spaceNoise(dateLine), blank);
  }
  const links: Link[] = [];
  for (const u of s.urls) if (!links.some((l) => l.url === u.link.url)) links.push(u.link);
  const hasMeta = s.meta.kind !== 'none';
  return {
    text: lines.join(''),
    expected: {
      title: s.title,
      abstract,
      abstractKind: 'abstract',
      arxivId: null,
      authorCount: s.meta.kind === 'authors' ? s.meta.count : null,
      authors: [],
      organization: s.meta.kind === 'org' ? s.meta.name : null,
      publishedOn: hasMeta ? formatIsoDate(y, m, d) : null,
      // The plain copy of 2025 shows no upvotes; the number after the date is the comment count.
      upvotes: null,
      comments: hasMeta ? s.upvotes : null,
      submittedBy: null,
      githubRepo: null,
      githubStars: null,
      links,
      tags: [],
      digests: [date],
    },
  };
}

describe('round trip', () => {
  it('random records → dump text with noise → the same records', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(spec, { minLength: 1, maxLength: 12, selector: (s) => titleKey(s.title) }),
        dumpDate,
        noise,
        (specs, date, n) => {
          // Without chrome or any metadata block, nothing says the text is the papers page (an unknown-layout error).
          fc.pre(n.chrome || specs.some((s) => s.meta.kind !== 'none'));
          let spaces = 0;
          // Every other space in titles and abstracts becomes a no-break space, when that noise is on.
          const spaceNoise = (text: string) =>
            n.nbsp ? text.replace(/ /g, () => (spaces++ % 2 === 0 ? '\u00a0' : ' ')) : text;
          const [, month, day] = date.split('-').map(Number) as [number, number, number];
          const chrome = n.chrome
            ? [
                'new',
                'Get trending papers in your email inbox!',
                'Subscribe',
                'Daily Papers',
                'byAK and the research community',
                `${MONTHS[month - 1]} ${day}`,
              ]
                .map((line) => `${line}${n.eol}${n.eol}`)
                .join('')
            : '';
          const entries = specs.map((s) => render(s, date, n, spaceNoise));
          let text = (n.bom ? '\ufeff' : '') + chrome + entries.map((e) => e.text).join('');
          if (n.trailing) text = text.replace(/(\r\n|\r|\n)/g, '  $1');
          text = n.finalNewline ? text.replace(/(\r\n|\r|\n)+$/, n.eol) : text.replace(/(\r\n|\r|\n)+$/, '');

          const file = `content/dumps/${date}.txt`;
          const result = parseDump(text, { file, date });
          expect(result.papers.map((p) => ({ ...p, id: undefined, source: undefined }))).toEqual(
            entries.map((e) => e.expected),
          );
          // Each source points at the line holding the title.
          const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
          for (const p of result.papers) {
            expect(p.source.file).toBe(file);
            expect(lines[p.source.line - 1]?.replace(/\s+/g, ' ').trim()).toBe(p.title);
          }
          expect(result.diagnostics.filter((d) => d.rule !== 'missing-metadata')).toEqual([]);
          expect(result.diagnostics).toHaveLength(specs.filter((s) => s.meta.kind === 'none').length);
          expect(PapersSchema.safeParse(result.papers).success).toBe(true);
          if (n.chrome) expect(result.pageDate).toBe(date);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('any text', () => {
  const fragments = [
    '',
    '',
    'A Title Of A Paper',
    'An abstract sentence that ends. And goes on https: //github.com/a/b .',
    '  • 3 authors',
    '1 authors',
    '0 authors',
    '·',
    '•',
    'Jul 31',
    'Feb 29',
    'Feb 30, 2024',
    'Apr 8, 2023 5',
    '12',
    'Sony Sony',
    'Dec 10',
    'new',
    'Subscribe',
    '<html>',
    'x'.repeat(400),
    '\u00a0\t ',
    '\ufeff',
    '$\\textit{X}$: Ünïcödé',
  ];

  it('never throws; diagnostics point into the file; without errors the records are valid', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 30 })), { maxLength: 40 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        (lines, eol) => {
          const text = lines.join(eol);
          const result = parseDump(text, { file: 'content/dumps/2025-12-10.txt', date: '2025-12-10' });
          const lineCount = text.split(/\r\n|\r|\n/).length;
          for (const d of result.diagnostics) {
            expect(d.line).toBeGreaterThanOrEqual(1);
            expect(d.line).toBeLessThanOrEqual(lineCount);
            expect(d.column).toBeGreaterThanOrEqual(1);
          }
          if (!result.diagnostics.some((d) => d.severity === 'error')) {
            expect(PapersSchema.safeParse(result.papers).success).toBe(true);
            expect(result.papers.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
