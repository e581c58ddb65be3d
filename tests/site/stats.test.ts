import { describe, expect, it } from 'vitest';
import { barLayout, columnLayout, monthAxisLabels, niceMax, ticksFor } from '../../src/lib/site/bars.ts';
import {
  listOf,
  monthsNote,
  noUpvotesNote,
  organizationsNote,
  summarize,
  upvotesNote,
} from '../../src/lib/site/stats-text.ts';
import {
  papersPerMonth,
  papersPerTag,
  topOrganizations,
  upvoteDistribution,
} from '../../src/lib/site/stats.ts';
import { paper } from '../support/records.ts';

const papers = [
  paper({ id: 'a', publishedOn: '2024-11-30', upvotes: 0, tags: ['code'], organization: 'Sony' }),
  paper({
    id: 'b',
    publishedOn: '2025-02-01',
    upvotes: 1,
    tags: ['code', 'retrieval'],
    organization: 'Sony',
  }),
  paper({ id: 'c', publishedOn: '2025-02-28', upvotes: 4, tags: ['retrieval'], organization: 'Apple' }),
  paper({ id: 'd', publishedOn: null, upvotes: 5, tags: [], organization: null }),
  paper({ id: 'e', publishedOn: '2025-02-10', upvotes: 100, tags: ['code'], organization: 'Meta' }),
  paper({ id: 'f', publishedOn: '2025-01-15', upvotes: 99, tags: ['code'], organization: 'Apple' }),
];

describe('statistics', () => {
  it('counts papers per month over every month from the first to the last, undated apart', () => {
    const { months, undated } = papersPerMonth(papers);
    expect(months.map((m) => [m.key, m.label, m.value])).toEqual([
      ['2024-11', 'Nov 2024', 1],
      ['2024-12', 'Dec 2024', 0],
      ['2025-01', 'Jan 2025', 1],
      ['2025-02', 'Feb 2025', 3],
    ]);
    expect(undated).toBe(1);
    expect(papersPerMonth([])).toEqual({ months: [], undated: 0 });
  });

  it('counts papers per tag, most first, keeping empty tags in taxonomy order', () => {
    const tags = [
      { id: 'retrieval', label: 'Retrieval' },
      { id: 'speech', label: 'Speech' },
      { id: 'code', label: 'Code' },
      { id: 'vision', label: 'Vision' },
    ];
    expect(papersPerTag(papers, tags).map((c) => [c.key, c.value])).toEqual([
      ['code', 4],
      ['retrieval', 2],
      ['speech', 0],
      ['vision', 0],
    ]);
  });

  it('buckets upvotes with every bucket present', () => {
    const distribution = upvoteDistribution(papers);
    expect(distribution).toMatchObject({ known: 6, unknown: 0 });
    expect(distribution.buckets.map((c) => [c.label, c.value])).toEqual([
      ['0', 1],
      ['1', 1],
      ['2–4', 1],
      ['5–9', 1],
      ['10–19', 0],
      ['20–49', 0],
      ['50–99', 1],
      ['100+', 1],
    ]);
  });

  it('buckets only known upvotes and counts the unknown apart, never as 0', () => {
    const mixed = [...papers, paper({ id: 'g', upvotes: null }), paper({ id: 'h', upvotes: null })];
    const { buckets, known, unknown } = upvoteDistribution(mixed);
    expect({ known, unknown }).toEqual({ known: 6, unknown: 2 });
    expect(buckets[0]).toMatchObject({ label: '0', value: 1 });
    expect(buckets.reduce((sum, b) => sum + b.value, 0)).toBe(6);
  });

  it('ranks organisations by papers, ties by name, and cuts at the limit', () => {
    expect(topOrganizations(papers).map((c) => [c.label, c.value])).toEqual([
      ['Apple', 2],
      ['Sony', 2],
      ['Meta', 1],
    ]);
    expect(topOrganizations(papers, 1)).toHaveLength(1);
  });
});

describe('chart geometry', () => {
  it('ends the axis on the first step of 1, 2 or 5 × 10ⁿ at or above the data, in at most five steps', () => {
    expect([0, 1, 3, 5, 6, 7, 10, 11, 28, 40, 51, 999].map(niceMax)).toEqual([
      1, 1, 3, 5, 6, 8, 10, 15, 30, 40, 60, 1000,
    ]);
    expect(ticksFor(3)).toEqual([0, 1, 2, 3]);
    expect(ticksFor(0)).toEqual([0, 1]);
    expect(ticksFor(7)).toEqual([0, 2, 4, 6, 8]);
    expect(ticksFor(20)).toEqual([0, 5, 10, 15, 20]);
    expect(ticksFor(28)).toEqual([0, 10, 20, 30]);
    expect(ticksFor(51)).toEqual([0, 20, 40, 60]);
  });

  it('never ends the axis far above the data, nor below it', () => {
    for (let max = 1; max <= 2000; max++) {
      const ticks = ticksFor(max);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
      expect(ticks.at(-2)).toBeLessThan(max);
      expect(ticks.length).toBeLessThanOrEqual(6);
    }
  });

  it('draws the gridlines of a chart of small counts up to their maximum', () => {
    const rows = [
      { key: 'a', label: 'A', value: 3 },
      { key: 'b', label: 'B', value: 1 },
    ];
    expect(barLayout(rows).ticks.map((tick) => tick.value)).toEqual([0, 1, 2, 3]);
    expect(columnLayout(rows).ticks.map((tick) => tick.value)).toEqual([0, 1, 2, 3]);
    const [a] = columnLayout(rows, 480, 200).bars;
    expect(a!.y).toBe(columnLayout(rows, 480, 200).ticks.at(-1)!.at);
  });

  it('draws bars proportional to their values, in order', () => {
    const rows = [
      { key: 'a', label: 'A', value: 10 },
      { key: 'b', label: 'B', value: 5 },
      { key: 'c', label: 'C', value: 0 },
    ];
    const layout = barLayout(rows, 400);
    const [a, b, c] = layout.bars;
    expect(a!.width).toBeCloseTo(2 * b!.width, 0);
    expect(c!.width).toBe(0);
    expect(a!.y).toBeLessThan(b!.y);
    expect(Math.max(...layout.bars.map((bar) => bar.x + bar.width))).toBeLessThanOrEqual(400);
    expect(layout.height).toBeGreaterThan(c!.y + c!.height);
  });

  it('draws columns inside the box, taller for larger values, with sparse labels', () => {
    const rows = Array.from({ length: 24 }, (_, i) => ({ key: `k${i}`, label: `L${i}`, value: i % 5 }));
    const layout = columnLayout(rows, 400, 200);
    for (const bar of layout.bars) {
      expect(bar.x).toBeGreaterThanOrEqual(0);
      expect(bar.x + bar.width).toBeLessThanOrEqual(400.1);
      expect(bar.y + bar.height).toBeLessThanOrEqual(200);
    }
    expect(layout.bars[4]!.height).toBeGreaterThan(layout.bars[3]!.height);
    expect(layout.bars.filter((bar) => bar.showLabel).length).toBeLessThanOrEqual(8);
    expect(layout.bars[0]!.showLabel).toBe(true);
  });

  it('leaves the tick numbers room right of the columns', () => {
    // Ticks up to 1,000: five characters of 11 px figures, about 6 px each, beside the last column.
    const rows = Array.from({ length: 12 }, (_, i) => ({ key: `k${i}`, label: `L${i}`, value: 1000 - i }));
    const layout = columnLayout(rows, 480, 200);
    expect(layout.ticks.at(-1)!.value).toBe(1000);
    const end = Math.max(...layout.bars.map((bar) => bar.x + bar.width));
    expect(end).toBeLessThanOrEqual(480 - 5 * 6);
    expect(end).toBeGreaterThan(400);
  });
});

describe('the sentences of the statistics page', () => {
  const tags = { noun: 'paper', over: 'tag', name: (tag: string) => `for ${tag}` };
  const row = (label: string, value: number) => ({ key: label, label, value });

  it('lists names with commas and "and", cutting long lists short', () => {
    expect(listOf(['A'])).toBe('A');
    expect(listOf(['A', 'B'])).toBe('A and B');
    expect(listOf(['A', 'B', 'C'])).toBe('A, B and C');
    expect(listOf(['A', 'B', 'C', 'D', 'E'])).toBe('A, B, C and 2 more');
  });

  it('summarizes a chart of many bars with its total, its span and its largest bars', () => {
    expect(summarize([row('A', 2), row('B', 5)], tags)).toBe('7 papers over 2 tags; the most, 5, for B.');
    expect(summarize([row('A', 3), row('B', 3), row('C', 1)], tags)).toBe(
      '7 papers over 3 tags; the most, 3 each, for A and B.',
    );
    // Every bar that is not empty as long: nothing is "the most"; the span counts the empty bars too.
    expect(summarize([row('A', 3), row('B', 3), row('C', 0)], tags)).toBe(
      '6 papers over 3 tags; 3 each for A and B.',
    );
    expect(summarize([row('A', 1), row('B', 1), row('C', 1), row('D', 1), row('E', 0)], tags)).toBe(
      '4 papers over 5 tags; 1 each for A, B, C and 1 more.',
    );
    expect(summarize([row('A', 2), row('B', 2)], tags)).toBe('4 papers over 2 tags, 2 each.');
  });

  it('summarizes a chart of one bar, one paper or none without counting nonsense', () => {
    const organisations = { noun: 'paper', over: 'organisation', name: (name: string) => `from ${name}` };
    expect(summarize([row('Sony', 1)], organisations)).toBe('1 paper, from Sony.');
    expect(summarize([row('Sony', 4)], organisations)).toBe('4 papers, all from Sony.');
    const upvotes = { noun: 'paper', over: 'upvote range', name: (range: string) => `with ${range} upvotes` };
    expect(summarize([row('0', 28), row('1', 0), row('2–4', 0)], upvotes)).toBe(
      '28 papers, all with 0 upvotes.',
    );
    expect(summarize([], tags)).toBe('No papers to count yet.');
    expect(summarize([row('A', 0)], tags)).toBe('No papers to count yet.');
  });

  it('notes undated papers and papers without upvotes in the singular and the plural', () => {
    expect(monthsNote(0)).toBe('By publication month.');
    expect(monthsNote(1)).toBe('By publication month. 1 paper has no date and is not counted.');
    expect(monthsNote(2)).toBe('By publication month. 2 papers have no date and are not counted.');
    expect(upvotesNote(1, 10)).toMatch(/ 1 paper of 10 showed no upvote count and is not counted\.$/);
    expect(upvotesNote(3, 10)).toMatch(/ 3 papers of 10 showed no upvote count and are not counted\.$/);
    expect(upvotesNote(0, 10)).not.toMatch(/not counted/);
    expect(noUpvotesNote(1)).toMatch(/the upvotes of the one paper are unknown\.$/);
    expect(noUpvotesNote(39)).toMatch(/the upvotes of all 39 papers are unknown\.$/);
  });

  it('says whether the organisations chart shows them all', () => {
    expect(organizationsNote(0, 0, 0)).toBe('No paper names an organisation rather than an author count.');
    expect(organizationsNote(1, 1, 1)).toBe('1 paper names an organisation rather than an author count.');
    expect(organizationsNote(3, 1, 1)).toBe(
      '3 papers name an organisation rather than an author count, all the same one.',
    );
    expect(organizationsNote(5, 4, 4)).toBe(
      '5 papers name an organisation rather than an author count; the chart shows all 4 organisations.',
    );
    expect(organizationsNote(30, 12, 10)).toBe(
      '30 papers name an organisation rather than an author count; the chart shows the 10 that appear most.',
    );
  });
});

describe('statistics of the seed dump', async () => {
  const { readFile } = await import('node:fs/promises');
  const { parseDump } = await import('../../src/lib/dump/parse.ts');
  const { loadTaxonomy, tagPapers } = await import('../../src/lib/tags/tag.ts');
  const file = 'content/dumps/2025-12-10.txt';
  const parsed = parseDump(await readFile(file, 'utf8'), { file, date: '2025-12-10' });
  const { taxonomy } = loadTaxonomy(await readFile('content/tags.yaml', 'utf8'), 'content/tags.yaml');
  const seed = tagPapers(parsed.papers, taxonomy, 'content/tags.yaml').papers;

  it('counts every dated paper once, in its month', () => {
    const { months, undated } = papersPerMonth(seed);
    expect(seed).toHaveLength(39);
    expect(undated).toBe(seed.filter((p) => p.publishedOn === null).length);
    expect(undated).toBeGreaterThanOrEqual(1); // Encoder-Decoder Gemma has no date
    expect(months.reduce((sum, m) => sum + m.value, 0) + undated).toBe(39);
    for (const month of months) {
      expect(month.value).toBe(seed.filter((p) => p.publishedOn?.startsWith(`${month.key}-`)).length);
    }
    // Multimodal Mamba (2025-02-18), CodeT5 (2021-09-02) and Causal2Vec (2025-07-31) are dated in the seed.
    expect(months[0]!.key <= '2021-09').toBe(true);
    expect(months.find((m) => m.key === '2025-02')!.value).toBeGreaterThanOrEqual(1);
  });

  it('counts each tag as the papers carrying it', () => {
    for (const count of papersPerTag(seed, taxonomy.tags)) {
      expect(count.value).toBe(seed.filter((p) => p.tags.includes(count.key)).length);
    }
  });

  it('buckets no paper of the seed: its page showed no upvote counts, so all 39 are unknown', () => {
    const { buckets, known, unknown } = upvoteDistribution(seed);
    expect({ known, unknown }).toEqual({ known: 0, unknown: 39 });
    expect(buckets.every((b) => b.value === 0)).toBe(true);
  });

  it('finds Sony among the organisations', () => {
    const orgs = topOrganizations(seed, 100);
    expect(orgs.find((o) => o.label === 'Sony')?.value).toBe(
      seed.filter((p) => p.organization === 'Sony').length,
    );
    expect(orgs.reduce((sum, o) => sum + o.value, 0)).toBe(
      seed.filter((p) => p.organization !== null).length,
    );
  });
});

describe('month axis', () => {
  const months = (keys: string[]) => keys.map((key) => ({ key, label: key, value: 1 }));
  it('labels years at each January on a long axis, and the first month when January is far', () => {
    const keys = ['2023-07', '2023-08', '2023-09', '2023-10', '2023-11', '2023-12', '2024-01'];
    const rows = months([
      ...keys,
      ...Array.from({ length: 12 }, (_, i) => `2024-${String(i + 2).padStart(2, '0')}`).slice(0, 11),
      '2025-01',
    ]);
    const labels = monthAxisLabels(rows);
    expect(labels.filter((l) => l !== null)).toEqual(['2023', '2024', '2025']);
    expect(labels[6]).toBe('2024');
  });
  it('names months on a short axis', () => {
    expect(
      monthAxisLabels([
        { key: '2025-01', label: 'Jan 2025', value: 1 },
        { key: '2025-02', label: 'Feb 2025', value: 0 },
      ]),
    ).toEqual(['Jan', 'Feb']);
  });
});
