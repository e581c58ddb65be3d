/**
 * Layout detection and the readers' edge cases; the whole captures are fixture cases
 * (`tests/fixtures/dumps/capture-*`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dumpFiles, strayFiles } from '../../src/lib/dump/file-date.ts';
import type { Diagnostic } from '../../src/lib/dump/diagnostics.ts';
import { detectLayout } from '../../src/lib/dump/layout.ts';
import { parseDump } from '../../src/lib/dump/parse.ts';
import { createReporter } from '../../src/lib/dump/report.ts';
import { makeProject, readMaybe, ROOT, runParse, SEED } from '../support/parser.ts';

/** The real captures, as their fixture cases keep them. */
const FIXTURES = path.join(ROOT, 'tests/fixtures/dumps');
const capture = (name: string): string => readFileSync(path.join(FIXTURES, name, 'input.txt'), 'utf8');

/** A diagnostic as `line:column:severity:rule`. */
const located = (d: Diagnostic): string => `${d.line}:${d.column}:${d.severity}:${d.rule}`;

function layoutOf(text: string): string | null {
  return detectLayout(text, createReporter('x.txt'))?.format ?? null;
}

function parse(text: string, date = '2026-10-02') {
  return parseDump(text, { file: `content/dumps/${date}.md`, date });
}

/** A Markdown card as a search page shows it: heading and abstract linking `href`, 2 authors, "·", the date. */
const markdownCard = (title: string, href: string, abstract: string, day = 'Sep 9'): string[] => [
  `### [${title}](${href})`,
  '',
  `[${abstract}](${href})`,
  '',
  '- 2 authors',
  '',
  '·',
  '',
  day,
  '',
];

describe('detectLayout', () => {
  it('tells each capture by its content', () => {
    expect(layoutOf(readFileSync(SEED, 'utf8'))).toBe('plain');
    expect(layoutOf(capture('capture-search-text-links'))).toBe('text-links');
    expect(layoutOf(capture('capture-search-markdown'))).toBe('markdown');
    expect(layoutOf(capture('capture-trending-markdown'))).toBe('markdown');
  });

  it('takes a plain copy whose abstract holds a Markdown link elsewhere than the hub for a plain copy', () => {
    const seed = readFileSync(SEED, 'utf8').replace(
      'natural language texts',
      'natural language texts ([GitHub](https://github.com/x/y))',
    );
    expect(seed).toContain('[GitHub](https://github.com/x/y)');
    expect(layoutOf(seed)).toBe('plain');
  });

  it('takes a file for an HTML page only from its start', () => {
    expect(layoutOf('<!DOCTYPE html>\n<html><body></body></html>')).toBe('html');
    expect(layoutOf('\ufeff\n  <html lang="en">')).toBe('html');
    expect(layoutOf('<?xml version="1.0"?>\n<html>')).toBe('html');
    const plain =
      '<div> tags considered harmful\n\n<title> is where a page names itself.\n\n  • 2 authors\n·\nDec 1\n';
    expect(layoutOf(plain)).toBe('plain');
  });

  it('answers a file in no layout with one error that names its first lines and the layouts', () => {
    const report = createReporter('content/dumps/2026-10-02.txt');
    expect(detectLayout('Shopping list\n\nmilk\neggs\nbread\n', report)).toBeNull();
    expect(report.diagnostics).toEqual([
      {
        file: 'content/dumps/2026-10-02.txt',
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'unknown-layout',
        message:
          'this file is in no layout the parser knows: line 1 "Shopping list", line 3 "milk", line 4 "eggs" and the rest ' +
          'fit none of a plain browser copy (select all, copy, paste), text with links on their own lines, Markdown ' +
          '(a scraper or "copy as Markdown"), or the page saved as HTML; save the Daily Papers page again in one of ' +
          'these (the README shows how)',
      },
    ]);
  });
});

describe('an unknown layout, end to end', () => {
  it('exits 1 with the one error and writes nothing', async () => {
    const csv = 'title,upvotes\n"A paper",3\n"Another",5\n';
    const cwd = await makeProject({ 'content/dumps/2026-10-02.txt': csv, 'content/papers.json': '[]\n' });
    const result = await runParse([], cwd);
    expect(result.code).toBe(1);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^content\/dumps\/2026-10-02\.txt:1:1: error: .* \[unknown-layout\]$/);
    expect(lines[1]).toBe('0 papers from 1 dump: 1 error, 0 warnings');
    expect(await readMaybe(path.join(cwd, 'content/papers.json'))).toBe('[]\n');
  });
});

describe('the Markdown reader', () => {
  it('follows reference-style links and joins lines wrapped with a backslash', () => {
    const text = [
      '[7][up]',
      '',
      '### [A Title\\  Wrapped][paper]',
      '',
      '[First line of the abstract\\\\',
      'and its second line. It has two sentences.][paper]',
      '',
      '- 2 authors',
      '',
      '·',
      '',
      'Sep 9[3][talk]',
      '',
      '[up]: https://huggingface.co/login?next=%2Fpapers%2F2609.00001',
      '[paper]: https://huggingface.co/papers/2609.00001',
      '[talk]: https://huggingface.co/papers/2609.00001#community',
      '',
    ].join('\n');
    const { papers, diagnostics } = parse(text);
    expect(diagnostics).toEqual([]);
    expect(papers).toHaveLength(1);
    expect(papers[0]).toMatchObject({
      title: 'A Title Wrapped',
      abstract: 'First line of the abstract and its second line. It has two sentences.',
      abstractKind: 'abstract',
      arxivId: '2609.00001',
      upvotes: 7,
      comments: 3,
      authorCount: 2,
      publishedOn: '2026-09-09',
      source: { line: 3, format: 'markdown' },
    });
  });

  it('takes the arXiv id from a paper link with a version, a query or from the site root', () => {
    const text = [
      ...markdownCard(
        'Paper A',
        'https://huggingface.co/papers/2601.00005?utm_source=x',
        'An abstract.',
        'Jan 2',
      ),
      ...markdownCard('Paper B', 'https://huggingface.co/papers/2601.00006v2', 'An abstract.', 'Jan 3'),
      ...markdownCard('Paper C', '/papers/2601.00007#abstract', 'An abstract.', 'Jan 4'),
    ].join('\n');
    const { papers, diagnostics } = parse(text, '2026-01-05');
    expect(diagnostics).toEqual([]);
    expect(papers.map((paper) => [paper.title, paper.arxivId, paper.publishedOn])).toEqual([
      ['Paper A', '2601.00005', '2026-01-02'],
      ['Paper B', '2601.00006', '2026-01-03'],
      ['Paper C', '2601.00007', '2026-01-04'],
    ]);
  });

  it('never makes a title of a URL or a number: the card is an error instead', () => {
    const text = [
      '[5](https://huggingface.co/login?next=%2Fpapers%2F2609.00002)',
      '',
      '### [https://huggingface.co/papers/2609.00002](https://huggingface.co/papers/2609.00002)',
      '',
      '- 2 authors',
      '',
      '·',
      '',
      'Sep 9',
      '',
    ].join('\n');
    const { papers, diagnostics } = parse(text);
    expect(papers).toEqual([]);
    expect(diagnostics.map((d) => `${d.line}:${d.severity}:${d.rule}`)).toEqual(['9:error:no-title']);
  });
});

describe('a card layout with a card cut short', () => {
  const lines = (name: string) => capture(name).split('\n');

  it('is an error when the copy stops inside the last card, in Markdown', () => {
    // Cut in the middle of the second card's abstract (line 37), after "We present Benchmark Radar".
    const all = lines('capture-search-markdown');
    const at = all[36]!.indexOf('We present Benchmark Radar') + 'We present Benchmark Radar'.length;
    const { papers, diagnostics } = parse([...all.slice(0, 36), all[36]!.slice(0, at)].join('\n'));
    expect(papers.map((paper) => paper.arxivId)).toEqual(['2606.00683']);
    expect(diagnostics.map(located)).toEqual(['35:5:error:truncated-entry']);
    expect(diagnostics[0]!.message).toMatch(
      /^the file ends inside a card: "Benchmark Radar: A Living Database/,
    );
  });

  // Text with links: the second card (InterCode, line 103) down to its abstract's link, without its
  // authors and date (lines 1-109); or cut after that card's " [-] -" (line 99) and the login it links to
  // (line 101).
  it.each([
    { where: 'before the date', upTo: 109, error: '103:1:error:truncated-entry' },
    {
      where: "after the next card's upvote count and its link",
      upTo: 101,
      error: '99:2:error:truncated-entry',
    },
  ])('is an error when the copy stops $where, in text with links', ({ upTo, error }) => {
    const text = lines('capture-search-text-links').slice(0, upTo).join('\n');
    const { papers, diagnostics } = parse(text, '2026-03-25');
    expect(papers.map((paper) => paper.arxivId)).toEqual(['2410.05434']);
    expect(diagnostics.map(located)).toEqual([error]);
  });

  it('is an error when the copy stops in the next title, before its link', () => {
    // Text with links, lines 1-103: the next card's title (line 103) without the link that follows it.
    const links = parse(lines('capture-search-text-links').slice(0, 103).join('\n'), '2026-03-25');
    expect(links.diagnostics.map((d) => `${d.line}:${d.column}:${d.rule}`)).toEqual([
      '103:1:truncated-entry',
    ]);
    // Markdown, cut inside the second card's heading (line 35): "### [Benchmark Radar: A Living".
    const all = lines('capture-search-markdown');
    const markdown = parse([...all.slice(0, 34), all[34]!.slice(0, 30)].join('\n'));
    expect(markdown.diagnostics.map((d) => `${d.line}:${d.column}:${d.rule}`)).toEqual([
      '35:5:truncated-entry',
    ]);
  });

  it("warns of a plain copy of today's page cut in its last card, which a footer could not be told from", () => {
    const all = lines('derived-plain-search');
    const at = all.indexOf(
      'MathCoder: Seamless Code Integration in LLMs for Enhanced Mathematical Reasoning',
    );
    const whole = parse(all.join('\n'), '2026-03-25');
    const cut = parse(all.slice(0, at + 1).join('\n'), '2026-03-25');
    expect(cut.papers).toEqual(whole.papers.slice(0, -1));
    expect(cut.diagnostics.map(located)).toEqual([`${at + 1}:1:warning:unknown-text`]);
    expect(cut.diagnostics[0]!.message).toMatch(
      /^"MathCoder: Seamless Code Integration in LLMs for Enhanced Ma…" after the last card/,
    );
  });

  it('is an error when a card lost its "·" and date, not a card holding two papers', () => {
    // Lines 41-43 ("·", a blank line, "Sep 9[9](…#community)") removed: Benchmark Radar (line 35) runs into the
    // next card, The Noisy Path, whose title moves from line 47 to 44.
    const all = lines('capture-search-markdown');
    expect(all.slice(40, 43)).toEqual([
      '·',
      '',
      'Sep 9[9](https://huggingface.co/papers/2609.11115#community)',
    ]);
    const { papers, diagnostics } = parse([...all.slice(0, 40), ...all.slice(43)].join('\n'));
    expect(papers.map((paper) => paper.arxivId)).not.toContain('2609.11115');
    expect(papers.map((paper) => paper.arxivId)).not.toContain('2502.20581');
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.line}:${d.column}:${d.rule}`)).toEqual(['35:5:incomplete-entry']);
    expect(errors[0]!.message).toMatch(
      /before the next card, "The Noisy Path from Source to Citation.*" \(line 44\)/,
    );
  });
});

describe("the page's footer after the last card", () => {
  // The end of the page as whole captures show it: the pager's link to the day before, then the site's footer.
  const TEXT_LINKS_FOOTER = [
    'Previous',
    'https://huggingface.co/papers/date/2026-03-24',
    'System theme',
    'Company',
    'TOS',
    'https://huggingface.co/terms-of-service',
    '\u00a0',
    'Privacy',
    'https://huggingface.co/privacy',
    'Website',
    'Docs',
    'https://huggingface.co/docs',
    'Trending Papers ranked by GitHub stars activity',
  ].join('\n\n');
  const MARKDOWN_FOOTER =
    '[Previous](https://huggingface.co/papers/date/2026-10-01)\n\nTrending Papers ranked by GitHub stars activity\n';

  it.each([
    ['capture-search-text-links', '2026-03-25', TEXT_LINKS_FOOTER],
    ['capture-search-markdown', '2026-10-02', MARKDOWN_FOOTER],
    ['derived-plain-search', '2026-03-25', 'Previous\n\nNext\n\nSystem theme\n\nCompany\n\nTOS\n'],
  ])('is no card and no error in %s', (name, date, footer) => {
    const without = parse(capture(name), date);
    const withFooter = parse(`${capture(name)}\n${footer}`, date);
    expect(withFooter.papers).toEqual(without.papers);
    expect(withFooter.diagnostics).toEqual(without.diagnostics);
  });
});

describe('one title twice in a dump', () => {
  // The capture's first card, lines 21-31: its upvotes (101), title, abstract, organisation, "·" and date.
  const all = capture('capture-search-markdown').split('\n');
  const first = all.slice(20, 31).join('\n');

  it('is two papers when the two cards link different arXiv papers', () => {
    const other = first.replaceAll('2606.00683', '2607.11111').replace('[101]', '[7]');
    const { papers, diagnostics } = parse(`${all.join('\n')}\n\n${other}\n`);
    const occ = papers.filter((paper) => paper.title.startsWith('OCC-RAG'));
    expect(occ.map((paper) => [paper.id, paper.arxivId, paper.upvotes])).toEqual([
      ['occ-rag-optimal-cognitive-core-for-faithful-question-answering', '2606.00683', 101],
      ['occ-rag-optimal-cognitive-core-for-faithful-question-answering-2', '2607.11111', 7],
    ]);
    expect(diagnostics.filter((d) => d.rule === 'duplicate-entry')).toEqual([]);
  });

  it('is one paper, the repeat warned about, when the same arXiv paper says something else', () => {
    const { papers, diagnostics } = parse(`${all.join('\n')}\n\n${first.replace('[101]', '[7]')}\n`);
    expect(papers.filter((paper) => paper.title.startsWith('OCC-RAG')).map((p) => p.upvotes)).toEqual([101]);
    expect(diagnostics.filter((d) => d.rule === 'duplicate-entry').map((d) => d.severity)).toEqual([
      'warning',
    ]);
  });
});

describe("a Markdown copy of the page's chrome alone", () => {
  it('is Markdown without cards: one no-entries error, no record', () => {
    // The capture down to its page date, above the first card: the newsletter box, the heading, the tabs.
    const chrome = capture('capture-search-markdown').split('\n').slice(0, 20).join('\n');
    expect(chrome).toContain('[Subscribe](https://huggingface.co/login?next=%2Fpapers)');
    expect(chrome).not.toContain('###');
    expect(layoutOf(chrome)).toBe('markdown');
    const { papers, diagnostics } = parse(chrome);
    expect(papers).toEqual([]);
    expect(diagnostics.map((d) => `${d.line}:${d.severity}:${d.rule}`)).toEqual(['1:error:no-entries']);
    expect(diagnostics[0]!.message).toMatch(/^no papers found: in Markdown, each card is a heading linking/);
  });
});

describe('a line longer than any of the page', () => {
  /** A card whose abstract is `abstract`, its lines ending in CRLF. */
  const card = (abstract: string) =>
    markdownCard('A Title', 'https://huggingface.co/papers/2609.00003', abstract).join('\r\n');

  it('stops a Markdown dump with an error at that line, before the reader', () => {
    // 160,000 characters of "x ": Markdown's autolinks once took a minute on such a line.
    const { papers, diagnostics } = parse(card('x '.repeat(80_000)));
    expect(papers).toEqual([]);
    expect(diagnostics.map(located)).toEqual(['3:10001:error:line-too-long']);
    expect(diagnostics[0]!.message).toMatch(
      /^line is 160,0\d\d characters long; a dump line holds at most 10,000/,
    );
  });

  it('lets a line of exactly 10,000 characters through, and a saved page its long lines', () => {
    const abstract = `${'An abstract. '.repeat(765)}End of text`;
    expect(`[${abstract}](https://huggingface.co/papers/2609.00003)`).toHaveLength(10_000);
    // The line passes; the abstract it holds is then longer than an abstract can be.
    const { diagnostics } = parse(card(abstract));
    expect(diagnostics.map((d) => [d.rule, d.message])).toEqual([
      [
        'abstract-too-long',
        'the abstract of "A Title" is 9,956 characters long (an abstract holds at most 5,000): ' +
          'check that no other text was read into it',
      ],
    ]);
    const html = capture('html-daily-data-props');
    expect(html.split('\n').some((line) => line.length > 10_000)).toBe(false);
    const long = html.replace('</head>', `<script>var x = "${'y'.repeat(20_000)}";</script></head>`);
    expect(parse(long, '2026-10-05').diagnostics.filter((d) => d.rule === 'line-too-long')).toEqual([]);
    expect(parse(long, '2026-10-05').papers).toHaveLength(3);
  });
});

describe("a plain copy of today's page", () => {
  it('is known by its "Published on" lines alone, odd and trailing spaces and all', () => {
    const text = [
      'Trending Papers',
      '',
      'Streaming Experts from Disk',
      '',
      'We serve a mixture of experts from an SSD on one machine. Reads start a layer ahead.',
      '',
      // A no-break space and trailing spaces, as some browsers copy them: the lines are read normalised.
      'Edge0 · Published on\u00a0Sep 16, 2026  ',
      '',
      'Audio and Video in One Model',
      '',
      'We generate video clips with synchronized audio. Both streams are trained together.',
      '',
      'Kandinsky Lab · Published on Oct 4, 2026\t',
      '',
    ].join('\n');
    const { papers, diagnostics } = parse(text, '2026-10-05');
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(papers.map((p) => [p.title, p.abstract, p.organization, p.publishedOn, p.source.line])).toEqual([
      [
        'Streaming Experts from Disk',
        'We serve a mixture of experts from an SSD on one machine. Reads start a layer ahead.',
        'Edge0',
        '2026-09-16',
        3,
      ],
      [
        'Audio and Video in One Model',
        'We generate video clips with synchronized audio. Both streams are trained together.',
        'Kandinsky Lab',
        '2026-10-04',
        9,
      ],
    ]);
  });
});

describe('a plain copy of a weekly or monthly page', () => {
  it.each(['Week 49, 2026', 'Week 49', 'December 2026', 'Nov 30 - Dec 6', 'Nov 30 – Dec 6, 2026'])(
    'takes the period "%s" above the first paper for the page\'s, not for a paper',
    (period) => {
      const text = [
        'Daily Papers',
        'byAK and the research community',
        period,
        'A Paper About Weeks',
        'We study weeks.',
        '  • 2 authors',
        '·',
        'Dec 1',
      ].join('\n');
      const { papers, diagnostics } = parse(`${text}\n`, '2026-12-06');
      expect(diagnostics).toEqual([]);
      expect(papers.map((paper) => [paper.title, paper.abstract, paper.source.line])).toEqual([
        ['A Paper About Weeks', 'We study weeks.', 4],
      ]);
    },
  );
});

describe("a page date that is not the dump's", () => {
  it('warns, naming the file the dump would have under that day, with its own extension', () => {
    const text = [
      'Daily Papers',
      '',
      'Oct 4',
      '',
      'A Paper',
      '',
      'An abstract.',
      '',
      '  • 2 authors',
      '·',
      'Oct 1',
    ];
    const { diagnostics } = parse(`${text.join('\n')}\n`, '2026-10-05');
    expect(diagnostics.map((d) => `${d.line}:${d.column}: ${d.message} [${d.rule}]`)).toEqual([
      '3:1: the page\'s date "Oct 4" (2026-10-04) is not the dump\'s date 2026-10-05, which its digest takes: if ' +
        "you saved another day's page, name the file after that day (2026-10-04.md) [page-date]",
    ]);
  });
});

describe('a title longer than any on the page', () => {
  it("is an error in a plain copy of today's page too, once", () => {
    const title = `A Title ${'that goes on '.repeat(30)}and on`;
    expect(title.length).toBeGreaterThan(300);
    const blocks = ['Daily Papers', '117', title, 'An abstract.', 'Kandinsky Lab · Published on Oct 4, 2026'];
    const { diagnostics } = parse(`${blocks.join('\n\n')}\n`, '2026-10-05');
    expect(diagnostics.map(located)).toEqual(['5:1:error:title-too-long']);
  });
});

describe('a plain copy whose first title starts like a month', () => {
  it.each(['Marathon 2024', 'Novel 2025', 'Decoding 12 - 14'])('keeps "%s" as the first title', (title) => {
    const text = ['Daily Papers', '', title, '', 'A benchmark of tasks.', '', '  • 2 authors', '·', 'Dec 1'];
    const { papers } = parse(`${text.join('\n')}\n`, '2025-12-10');
    expect(papers.map((paper) => [paper.title, paper.abstract])).toEqual([[title, 'A benchmark of tasks.']]);
  });
});

describe("a plain copy of today's page, as the README shows it", () => {
  const lines = [
    'Daily Papers',
    '',
    '117',
    'Kandinsky 6.0 Video: Foundation Models for Video',
    'We present Kandinsky 6.0 Video, a family of models.',
    'Kandinsky Lab · Published on Oct 4, 2026',
    '2',
    'GitHub 3.29k',
    '40',
    'Another Paper About Things',
    'We present another thing that works.',
    '4 authors · Published on Oct 3, 2026',
    '5',
    'GitHub 1.2k',
  ];
  const expected = [
    [
      'Kandinsky 6.0 Video: Foundation Models for Video',
      'We present Kandinsky 6.0 Video, a family of models.',
    ],
    ['Another Paper About Things', 'We present another thing that works.'],
  ];
  const facts = [
    {
      upvotes: 117,
      organization: 'Kandinsky Lab',
      authorCount: null,
      publishedOn: '2026-10-04',
      comments: 2,
      githubStars: 3290,
    },
    {
      upvotes: 40,
      organization: null,
      authorCount: 4,
      publishedOn: '2026-10-03',
      comments: 5,
      githubStars: 1200,
    },
  ];

  it.each([
    ['without blank lines, each line a block', lines.join('\n')],
    ['with a blank line after each block, as a browser copies it', lines.join('\n\n')],
    [
      'with blank lines and an abstract wrapped by an editor',
      lines
        .join('\n\n')
        .replace('a family of models.', 'a family\nof models.')
        .replace('another', 'another\n'),
    ],
  ])('reads every card whole %s: its comments and stars, an author count on the date line', (_, text) => {
    const { papers, diagnostics } = parse(`${text}\n`, '2026-10-05');
    expect(diagnostics).toEqual([]);
    expect(papers.map((paper) => [paper.title, paper.abstract])).toEqual(expected);
    expect(
      papers.map(({ upvotes, organization, authorCount, publishedOn, comments, githubStars }) => ({
        upvotes,
        organization,
        authorCount,
        publishedOn,
        comments,
        githubStars,
      })),
    ).toEqual(facts);
  });
});

describe('a plain copy whose long abstract an editor wrapped', () => {
  it('joins the wrapped lines into the abstract, the blocks kept apart by their blank lines', () => {
    const abstract = capture('derived-plain-trending')
      .split('\n')
      .find((line) => line.startsWith('We present Kandinsky 6.0'))!;
    // Wrapped at 72 columns: some 20 lines, against 6 blank ones between the blocks.
    const wrapped = abstract.replace(/(.{1,72})(?: |$)/g, '$1\n').trimEnd();
    expect(wrapped.split('\n').length).toBeGreaterThan(18);
    const title = 'Kandinsky 6.0 Video: Foundation Models for Synchronized Video and Audio Generation';
    const blocks = [
      'Daily Papers',
      '117',
      title,
      wrapped,
      'Kandinsky Lab · Published on Oct 4, 2026',
      '2',
      'GitHub 3.29k',
    ];
    const { papers, diagnostics } = parse(`${blocks.join('\n\n')}\n`, '2026-10-05');
    expect(diagnostics).toEqual([]);
    expect(papers.map((paper) => [paper.title, paper.abstract, paper.comments, paper.githubStars])).toEqual([
      [title, abstract, 2, 3290],
    ]);
  });
});

describe('text with links on their own lines', () => {
  it('reads "[-] -" as no upvotes yet, and a card without a comment count as 0 comments', () => {
    const text = [
      ' [-] -',
      '',
      'https://huggingface.co/login?next=%2Fpapers%2F2501.00003',
      '',
      'A Small Paper',
      '',
      'https://huggingface.co/papers/2501.00003',
      '',
      'We study small things. They matter.',
      '',
      'https://huggingface.co/papers/2501.00003',
      '',
      '[',
      '',
      '3 authors](https://huggingface.co/papers/2501.00003)',
      '',
      '·',
      '',
      'Jan 5, 2025',
      '',
    ].join('\n');
    const { papers, diagnostics } = parse(text, '2025-01-10');
    expect(diagnostics).toEqual([]);
    expect(papers[0]).toMatchObject({
      title: 'A Small Paper',
      arxivId: '2501.00003',
      upvotes: 0,
      comments: 0,
      authorCount: 3,
      publishedOn: '2025-01-05',
      source: { line: 5, format: 'text-links' },
    });
  });
});

describe('dumpFiles', () => {
  it('keeps text, Markdown and HTML dumps, in date order', () => {
    expect(
      dumpFiles([
        '2025-12-12.txt',
        '2026-10-02.md',
        '2025-12-10.txt',
        '.DS_Store',
        '2026-10-05.html',
        'a.json',
      ]),
    ).toEqual(['2025-12-10.txt', '2025-12-12.txt', '2026-10-02.md', '2026-10-05.html']);
    expect(dumpFiles([])).toEqual([]);
  });

  it('leaves the other names, but hidden ones, to strayFiles', () => {
    const names = ['2025-12-10.txt', '.gitkeep', '.DS_Store', '2025-12-11.mhtml', 'old', '2025-12-12.md.bak'];
    expect(strayFiles(names)).toEqual(['2025-12-11.mhtml', '2025-12-12.md.bak', 'old']);
  });
});
