/**
 * The reader of the papers page saved as HTML: the `data-props` JSON first, the cards in the markup
 * when it is missing or unusable, one `unknown-layout` error when neither is there.
 */
import { describe, expect, it } from 'vitest';
import { parseDump } from '../../src/lib/dump/parse.ts';
import { readHtml } from '../../src/lib/dump/read-html.ts';
import { createReporter } from '../../src/lib/dump/report.ts';

/** An attribute value as a saved page writes it. */
function escapeAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** A saved page: line 1 doctype, line 2 `<html><body>`, line 3 the data element (when given), then `body`. */
function page(props: unknown, body = '', rawProps?: string): string {
  const value = rawProps ?? (props === undefined ? undefined : JSON.stringify(props));
  const data =
    value === undefined ? '' : `<div data-target="DailyPapers" data-props="${escapeAttribute(value)}">`;
  return `<!DOCTYPE html>\n<html><head><title>Daily Papers</title></head><body>\n${data}\n${body}\n${data === '' ? '' : '</div>'}</body></html>\n`;
}

function read(html: string) {
  const report = createReporter('content/dumps/2026-10-05.html');
  const result = readHtml(html, report);
  return { ...result, diagnostics: report.diagnostics };
}

const paper = (extra: Record<string, unknown> = {}) => ({
  id: '2610.00001',
  title: 'A Paper',
  authors: [{ name: 'Ada Lovelace' }, { name: 'Alan Turing' }],
  upvotes: 5,
  publishedAt: '2026-10-01T10:00:00.000Z',
  summary: 'The abstract.',
  ...extra,
});

const CARD = `<article>
<div>12</div>
<h3><a href="/papers/2610.00009">A Card From The Markup</a></h3>
<p>The card's abstract.</p>
<ul><li>3 authors</li></ul><span>·</span><span>Oct 2, 2026</span>
<a href="/papers/2610.00009#community">4</a>
</article>`;

describe('readHtml: data-props', () => {
  it('reads a dailyPapers entry', () => {
    const { entries, diagnostics } = read(
      page({
        dailyPapers: [
          {
            paper: paper({ githubRepo: 'https://github.com/a/b', githubStars: 7 }),
            numComments: 2,
            submittedBy: { name: 'akhaliq', fullname: 'AK' },
            organization: { name: 'acme', fullname: 'Acme Labs' },
          },
        ],
      }),
    );
    expect(diagnostics).toEqual([]);
    expect(entries).toEqual([
      {
        title: { line: 3, column: 1, text: 'A Paper' },
        abstract: 'The abstract.',
        abstractKind: 'abstract',
        arxivId: '2610.00001',
        authorCount: 2,
        authors: ['Ada Lovelace', 'Alan Turing'],
        organization: 'Acme Labs',
        published: {
          line: 3,
          column: 1,
          text: '2026-10-01T10:00:00.000Z',
          date: { year: 2026, month: 10, day: 1, dayOffset: 0, comments: null },
        },
        upvotes: 5,
        comments: 2,
        submittedBy: 'akhaliq',
        githubRepo: 'https://github.com/a/b',
        githubStars: 7,
      },
    ]);
  });

  it('reads a `papers` list whose entries are the paper itself', () => {
    const { entries, diagnostics } = read(
      page({ papers: [paper(), paper({ id: '2610.00002', title: 'B' })] }),
    );
    expect(diagnostics).toEqual([]);
    expect(entries.map((e) => [e.title.text, e.arxivId, e.upvotes, e.comments])).toEqual([
      ['A Paper', '2610.00001', 5, null],
      ['B', '2610.00002', 5, null],
    ]);
  });

  it('reads the data of another list page (`data-target="…Papers"`)', () => {
    const html = `<!DOCTYPE html><body><div data-target="TrendingPapers" data-props="${escapeAttribute(
      JSON.stringify({ papers: [paper()] }),
    )}"></div></body>`;
    expect(read(html).entries.map((e) => e.title.text)).toEqual(['A Paper']);
  });

  it('uses ai_summary only when there is no summary', () => {
    const { entries } = read(
      page({
        dailyPapers: [
          { paper: paper({ summary: undefined, ai_summary: 'One line.' }) },
          { paper: paper({ id: '2610.00002', title: 'B', ai_summary: 'One line.' }) },
          { paper: paper({ id: '2610.00003', title: 'C', summary: '  ', ai_summary: undefined }) },
        ],
      }),
    );
    expect(entries.map((e) => [e.abstract, e.abstractKind])).toEqual([
      ['One line.', 'summary'],
      ['The abstract.', 'abstract'],
      ['', 'abstract'],
    ]);
  });

  it('collapses whitespace in every string', () => {
    const { entries } = read(
      page({
        dailyPapers: [
          {
            paper: paper({
              title: '  Multi\n  line\ttitle ',
              summary: 'a\n\nb',
              authors: [{ name: ' Ada \n L. ' }, { name: '  ' }],
            }),
            submittedBy: { name: ' user ' },
          },
        ],
      }),
    );
    const [entry] = entries;
    expect([
      entry?.title.text,
      entry?.abstract,
      entry?.authors,
      entry?.authorCount,
      entry?.submittedBy,
    ]).toEqual(['Multi line title', 'a b', ['Ada L.'], 1, 'user']);
  });

  it('takes the entry title when the paper has none', () => {
    const { entries } = read(
      page({ dailyPapers: [{ paper: paper({ title: undefined }), title: 'Outer Title' }] }),
    );
    expect(entries[0]?.title.text).toBe('Outer Title');
  });

  it('keeps HTML and script tags in JSON strings as text', () => {
    const title = '<script>alert(1)</script> <b>Bold</b> & <img src=x onerror=alert(2)>';
    const { entries } = read(page({ dailyPapers: [{ paper: paper({ title, summary: '<p>para</p>' }) }] }));
    expect(entries[0]?.title.text).toBe(title);
    expect(entries[0]?.abstract).toBe('<p>para</p>');
  });

  it('drops a githubRepo that is not an https://github.com/ URL, and its stars', () => {
    const repos = [
      'https://gitlab.com/a/b',
      'http://github.com/a/b',
      'javascript:alert(1)',
      'https://github.com.evil.example/a/b',
      'https://user:pw@github.com/a/b',
      'https://github.com/',
      'github.com/a/b',
      'https://github.com/a/b c',
      'https://github.com\\@evil.example/x',
      null,
    ];
    const { entries } = read(
      page({
        dailyPapers: repos.map((githubRepo, i) => ({
          paper: paper({ id: `2610.0001${i}`, title: `P${i}`, githubRepo, githubStars: 10 }),
        })),
      }),
    );
    expect(entries.map((e) => [e.githubRepo, e.githubStars])).toEqual(repos.map(() => [null, null]));
  });

  it('writes a repository URL as parsed', () => {
    const { entries } = read(
      page({ dailyPapers: [{ paper: paper({ githubRepo: 'https://GitHub.com:443/a/b' }) }] }),
    );
    expect(entries[0]?.githubRepo).toBe('https://github.com/a/b');
  });

  it('reads the UTC day of publishedAt, whatever its zone', () => {
    const dates = [
      '2026-10-01T23:30:00-02:00',
      '2026-10-01T00:30:00+02:00',
      '2026-10-01',
      '2026-10-01T12:00:00+00:00',
    ];
    const { entries } = read(
      page({
        dailyPapers: dates.map((publishedAt, i) => ({
          paper: paper({ id: `2610.0002${i}`, title: `D${i}`, publishedAt }),
        })),
      }),
    );
    expect(entries.map((e) => e.published?.date)).toEqual([
      { year: 2026, month: 10, day: 2, dayOffset: 0, comments: null },
      { year: 2026, month: 9, day: 30, dayOffset: 0, comments: null },
      { year: 2026, month: 10, day: 1, dayOffset: 0, comments: null },
      { year: 2026, month: 10, day: 1, dayOffset: 0, comments: null },
    ]);
  });

  it('has no date when publishedAt is not an ISO date, and says so', () => {
    const { entries, diagnostics } = read(
      page({ dailyPapers: [{ paper: paper({ publishedAt: 'yesterday' }) }] }),
    );
    expect(entries[0]?.published).toBeUndefined();
    expect(diagnostics.map((d) => [d.rule, d.message])).toEqual([
      [
        'missing-metadata',
        `the paper "A Paper" has no date in the page's data, so the site shows it without one`,
      ],
      [
        'html-data',
        expect.stringContaining(
          '"paper.publishedAt" of paper 1 is "yesterday", not a date such as "2026-10-02T17:59:31.000Z", so it was left out.',
        ),
      ],
    ]);
  });

  it('keeps only arXiv ids, without their version', () => {
    const ids = ['2610.00001v3', 'hep-th/9901001', 'not-an-id', '12345'];
    const { entries } = read(
      page({ dailyPapers: ids.map((id, i) => ({ paper: paper({ id, title: `T${i}` }) })) }),
    );
    expect(entries.map((e) => e.arxivId)).toEqual(['2610.00001', 'hep-th/9901001', null, null]);
  });

  it('leaves out a field of the wrong type, keeping the entry, with one warning per field', () => {
    const { entries, diagnostics } = read(
      page({
        dailyPapers: [
          {
            paper: paper({
              upvotes: '12',
              authors: 'Ada',
              githubStars: -1,
              githubRepo: 'https://github.com/a/b',
            }),
            numComments: 1.5,
          },
          {
            paper: paper({
              title: 'Second',
              upvotes: '3',
              authors: ['Ada Lovelace', { name: 7 }, { name: 'Alan Turing' }, 'Grace Hopper'],
            }),
          },
          { paper: paper({ title: 'Third', upvotes: null, organization: null, ai_summary: null }) },
        ],
      }),
    );
    const where = 'in the data-props of the element with data-target="DailyPapers" (line 3),';
    const fix =
      "so it was left out. Save the page again; if it stays so, the page's data has changed and the parser needs updating";
    expect(diagnostics.map((d) => [d.line, d.severity, d.rule, d.message])).toEqual([
      [3, 'warning', 'html-data', `${where} "paper.authors" of paper 1 is "Ada", not a list, ${fix}`],
      [
        3,
        'warning',
        'html-data',
        `${where} "paper.upvotes" of paper 1 (and 1 more paper) is "12", not a number, ${fix}`,
      ],
      [
        3,
        'warning',
        'html-data',
        `${where} "paper.githubStars" of paper 1 is -1, not a number of at least 0, ${fix}`,
      ],
      [3, 'warning', 'html-data', `${where} "numComments" of paper 1 is 1.5, not a whole number, ${fix}`],
      [
        3,
        'warning',
        'html-data',
        `${where} "paper.authors[]" of paper 2 is "Ada Lovelace", not an object, ${fix}`,
      ],
      [3, 'warning', 'html-data', `${where} "paper.authors[].name" of paper 2 is 7, not a string, ${fix}`],
    ]);
    expect(entries[0]).toMatchObject({
      upvotes: null,
      authors: [],
      authorCount: null,
      comments: null,
      githubStars: null,
    });
    expect(entries[1]).toMatchObject({ upvotes: null, authors: ['Alan Turing'], authorCount: 1 });
    expect(entries[2]).toMatchObject({ upvotes: null, organization: null, abstract: 'The abstract.' });
  });

  it("names the fields of a bare paper in a `papers` list as the paper's", () => {
    const { entries, diagnostics } = read(page({ papers: [paper({ upvotes: 'many' })] }));
    expect(entries).toHaveLength(1);
    expect(diagnostics.map((d) => d.message)).toEqual([
      expect.stringContaining('"paper.upvotes" of paper 1 is "many", not a number,'),
    ]);
  });

  it('skips an entry whose paper is not an object, rather than read the entry as the paper', () => {
    const { entries, diagnostics } = read(
      page({
        dailyPapers: [
          { paper: 'oops', title: 'Outer Title', numComments: 4 },
          { paper: paper({ title: 'Kept' }) },
        ],
      }),
    );
    expect(entries.map((entry) => entry.title.text)).toEqual(['Kept']);
    expect(diagnostics.map((d) => [d.rule, d.message])).toEqual([
      [
        'html-data',
        'in the data-props of the element with data-target="DailyPapers" (line 3), paper 1: its "paper" is ' +
          '"oops", not an object; skipped',
      ],
    ]);
  });

  it('skips an entry without a title, with a warning', () => {
    const { entries, diagnostics } = read(
      page({
        dailyPapers: [
          { paper: paper({ title: ' ' }) },
          { paper: paper({ id: '2610.00002', title: 'Kept' }) },
        ],
      }),
    );
    expect(entries.map((e) => e.title.text)).toEqual(['Kept']);
    expect(diagnostics).toMatchObject([
      {
        severity: 'warning',
        rule: 'html-data',
        line: 3,
        column: 1,
        message: expect.stringContaining('paper 1: it has no title'),
      },
    ]);
  });

  it('reports an empty list as no entries', () => {
    const { entries, diagnostics } = read(page({ dailyPapers: [] }));
    expect(entries).toEqual([]);
    expect(diagnostics).toMatchObject([{ severity: 'error', rule: 'no-entries', line: 3, column: 1 }]);
  });

  it("puts each title at its card's <h3> when every entry has a card", () => {
    const cards = ['2610.00001', '2610.00002']
      .map((id) => `<article>\n<h3><a href="https://huggingface.co/papers/${id}">x</a></h3>\n</article>`)
      .join('\n');
    const { entries } = read(
      page({ dailyPapers: [{ paper: paper() }, { paper: paper({ id: '2610.00002', title: 'B' }) }] }, cards),
    );
    expect(entries.map((e) => [e.title.line, e.title.column])).toEqual([
      [5, 1],
      [8, 1],
    ]);
  });

  it('matches cards by title, and by column on a minified page', () => {
    const html =
      `<!DOCTYPE html><body><div data-target="DailyPapers" data-props="${escapeAttribute(JSON.stringify({ dailyPapers: [{ paper: paper({ id: 'x' }) }, { paper: paper({ id: 'y', title: 'B' }) }] }))}">` +
      '<article><h3>A  paper</h3></article><article><h3>b</h3></article></div></body>';
    const { entries } = read(html);
    const columns = entries.map((e) => e.title.column);
    expect(entries.map((e) => e.title.line)).toEqual([1, 1]);
    expect(columns[0]).toBe(html.indexOf('<h3>A') + 1);
    expect(columns[1]).toBe(html.indexOf('<h3>b') + 1);
  });

  it('keeps every title at the data element when a card is missing, so the order holds', () => {
    const card = '<article>\n<h3><a href="/papers/2610.00002">B</a></h3>\n</article>';
    const { entries } = read(
      page({ dailyPapers: [{ paper: paper() }, { paper: paper({ id: '2610.00002', title: 'B' }) }] }, card),
    );
    expect(entries.map((e) => e.title.line)).toEqual([3, 3]);
  });
});

describe('readHtml: fallback to the cards', () => {
  it('reads the cards when data-props is not JSON, with a warning', () => {
    const { entries, diagnostics } = read(page(undefined, CARD, '{"dailyPapers": [ oops'));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'warning', rule: 'html-data', line: 3, column: 1 });
    expect(diagnostics[0]?.message).toMatch(
      /^the data-props of the element with data-target="DailyPapers" \(line 3\) is not valid JSON \(.+\); the paper cards in the markup were read instead$/,
    );
    expect(entries).toEqual([
      {
        title: { line: 6, column: 1, text: 'A Card From The Markup' },
        abstract: "The card's abstract.",
        abstractKind: 'abstract',
        arxivId: '2610.00009',
        authorCount: 3,
        authors: [],
        organization: null,
        published: {
          line: 8,
          column: 48,
          text: 'Oct 2, 2026',
          date: { month: 10, day: 2, year: 2026, dayOffset: 4, comments: null },
        },
        upvotes: 12,
        comments: 4,
        submittedBy: null,
        githubRepo: null,
        githubStars: null,
      },
    ]);
  });

  it('reads the cards when data-props has no list, saying what was missing', () => {
    const { entries, diagnostics } = read(page({ something: 'else' }, CARD));
    expect(entries).toHaveLength(1);
    expect(diagnostics).toMatchObject([
      {
        severity: 'warning',
        rule: 'html-data',
        message: expect.stringContaining('holds no "dailyPapers" or "papers" list'),
      },
    ]);
  });

  it('reads the cards when no entry in data-props has a title', () => {
    const { entries, diagnostics } = read(page({ dailyPapers: [{ paper: { id: '2610.00001' } }] }, CARD));
    expect(entries.map((e) => e.title.text)).toEqual(['A Card From The Markup']);
    expect(diagnostics).toMatchObject([
      { rule: 'html-data', message: expect.stringContaining('none of the 1 papers') },
    ]);
  });

  it('keeps markup in a card title as text, dropping scripts', () => {
    const card =
      '<article><h3><a href="/papers/2610.00001">Safe <script>alert(1)</script><b>Bold</b> &lt;img src=x onerror=alert(2)&gt;</a></h3>' +
      '<p>Abstract <style>p{}</style><i>with</i> <span hidden>hidden</span>markup.</p></article>';
    const { entries } = read(page(undefined, card));
    expect(entries[0]?.title.text).toBe('Safe Bold <img src=x onerror=alert(2)>');
    expect(entries[0]?.abstract).toBe('Abstract with markup.');
  });

  it('reads "Submitted by", an organisation, stars and a date without a year', () => {
    const card = `<article>
<div><span>Submitted by</span> <a href="/someone">someone</a></div>
<h3><a href="https://huggingface.co/papers/2610.00001?x=1">T</a></h3>
<div><a href="/acme"><span>Acme</span></a><span>·</span><span>Published on Sep 30</span></div>
<a href="https://github.com/a/b"><span>GitHub</span><span>1.5k</span></a>
<a href="https://huggingface.co/papers/2610.00001#community">-</a>
</article>`;
    const { entries } = read(page(undefined, card));
    expect(entries[0]).toMatchObject({
      arxivId: '2610.00001',
      submittedBy: 'someone',
      organization: 'Acme',
      published: { text: 'Sep 30', date: { month: 9, day: 30, year: null } },
      githubRepo: 'https://github.com/a/b',
      githubStars: 1500,
      comments: 0,
      upvotes: null,
    });
  });

  it('ignores a GitHub-looking link to another host', () => {
    const card =
      '<article><h3><a href="/papers/2610.00001">T</a></h3><a href="https://github.com.evil.example/a"><span>GitHub</span><span>5</span></a></article>';
    const { entries } = read(page(undefined, card));
    expect(entries[0]).toMatchObject({ githubRepo: null, githubStars: null });
  });

  it('warns of a card without its abstract or its date, which the missing data would have given', () => {
    // Line 4 is the card (line 3, the data element's, is empty): the markup is all there is.
    const { entries, diagnostics } = read(
      page(undefined, '<article><h3><a href="/papers/2610.00001">T</a></h3></article>'),
    );
    expect(entries.map((e) => e.title.text)).toEqual(['T']);
    expect(diagnostics.map((d) => `${d.line}:${d.column}:${d.severity}:${d.rule}`)).toEqual([
      '4:10:warning:missing-abstract',
      '4:10:warning:missing-metadata',
    ]);
    expect(diagnostics[0]?.message).toMatch(/^the card "T" shows no abstract in the page's markup/);
    // The card of CARD has both: no warning.
    expect(read(page(undefined, CARD)).diagnostics).toEqual([]);
    // Two cards without either: one warning of each, at the first, counting the other.
    const two =
      '<article><h3><a href="/papers/2610.00001">T</a></h3></article>\n<article><h3><a href="/papers/2610.00002">U</a></h3></article>';
    const both = read(page(undefined, two)).diagnostics;
    expect(both.map((d) => `${d.line}:${d.rule}`)).toEqual(['4:missing-abstract', '4:missing-metadata']);
    expect(both[0]?.message).toMatch(/^the card "T" \(and 1 more of the 2 cards\) shows no abstract/);
  });

  it('is an error, and no entry, when the page stops before its end', () => {
    const whole = page(undefined, CARD);
    const cut = whole.slice(0, whole.indexOf('From The Markup'));
    const { entries, diagnostics } = read(cut);
    expect(entries).toEqual([]);
    // The cut falls in the title on line 6, after "<h3><a href=…>A Card": the error points right after it.
    const lastLine = cut.split('\n').at(-1)!.trimEnd();
    expect(lastLine).toMatch(/A Card$/);
    expect(diagnostics.map((d) => `${d.line}:${d.column}:${d.severity}:${d.rule}`)).toEqual([
      `6:${lastLine.length + 1}:error:truncated-entry`,
    ]);
  });

  it('ignores articles without an h3 link to a paper', () => {
    const body = '<article><h3><a href="/blog/post">Blog</a></h3></article>' + CARD;
    expect(read(page(undefined, body)).entries.map((e) => e.title.text)).toEqual(['A Card From The Markup']);
  });
});

describe('readHtml: an unrecognised page', () => {
  it('is one unknown-layout error at 1:1 that says what was missing', () => {
    const { entries, diagnostics } = read(
      '<!DOCTYPE html>\n<html><body><article><h3>News</h3></article></body></html>',
    );
    expect(entries).toEqual([]);
    expect(diagnostics).toEqual([
      {
        file: 'content/dumps/2026-10-05.html',
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'unknown-layout',
        message:
          'this HTML page has no element with data-target="DailyPapers" and no paper cards (article with an h3 link to /papers/…): ' +
          'is it the Hugging Face papers page saved with "Save Page As" (Web page, complete or HTML only)?',
      },
    ]);
  });

  it('names the bad data-props in that error when there are no cards either', () => {
    const { diagnostics } = read(page(undefined, '', 'not json'));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', rule: 'unknown-layout', line: 1, column: 1 });
    expect(diagnostics[0]?.message).toMatch(
      /^the data-props of .* is not valid JSON .*, and the page has no paper cards/,
    );
  });
});

describe('parseDump with a saved HTML page', () => {
  it('yields html records, dates resolved, and no diagnostics', () => {
    const html = page({
      dailyPapers: [{ paper: paper({ summary: 'See https://github.com/a/b.' }), numComments: 0 }],
    });
    const result = parseDump(html, { file: 'content/dumps/2026-10-05.html', date: '2026-10-05' });
    expect(result.diagnostics).toEqual([]);
    expect(result.papers).toMatchObject([
      {
        id: 'a-paper',
        publishedOn: '2026-10-01',
        links: [{ url: 'https://github.com/a/b', kind: 'code' }],
        source: { file: 'content/dumps/2026-10-05.html', line: 3, format: 'html' },
      },
    ]);
  });

  it('reports an impossible date in publishedAt as invalid', () => {
    const html = page({ dailyPapers: [{ paper: paper({ publishedAt: '2026-02-30T00:00:00Z' }) }] });
    const result = parseDump(html, { file: 'content/dumps/2026-10-05.html', date: '2026-10-05' });
    expect(result.papers[0]?.publishedOn).toBeNull();
    expect(result.diagnostics).toMatchObject([{ severity: 'error', rule: 'invalid-date', line: 3 }]);
  });
});
