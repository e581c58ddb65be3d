/**
 * The statistics page of the built fixture site: every chart is an accessible SVG, and the numbers in its
 * table (and bar tooltips) equal counts computed here, independently, from the records the site was built from.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Paper } from '../../src/schemas/paper.ts';
import { parsePage } from '../support/dist.ts';
import { siteReady, type ReadySite } from '../support/site.ts';

type Doc = Awaited<ReturnType<typeof parsePage>>;

/**
 * Key → value of a chart's table (through the HTML parser), and its SVG read from the page's text
 * (the HTML parser keeps no SVG shapes): role, the ids it is labelled by and their texts, bar tooltips.
 */
function chart(doc: Doc, html: string, id: string) {
  const figure = doc.querySelector(`[data-chart="${id}"]`);
  if (!figure) throw new Error(`no chart ${id}`);
  const table = new Map(
    figure
      .querySelectorAll('tbody tr')
      .map((row) => [
        String(row.getAttributeValue('data-key')),
        Number(row.querySelector('td')!.textContent.replace(/,/g, '')),
      ]),
  );
  const svg = new RegExp(`data-chart="${id}"[^>]*>\\s*<figure[^>]*>\\s*(<svg[^>]*>)([\\s\\S]*?)</svg>`).exec(
    html,
  );
  if (!svg) throw new Error(`no svg in chart ${id}`);
  const [, open = '', body = ''] = svg;
  const attribute = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(open)?.[1];
  const textOf = (tag: string, elementId: string) =>
    new RegExp(`<${tag} id="${elementId}"[^>]*>([^<]*)</${tag}>`).exec(body)?.[1] ?? '';
  const labelledBy = (attribute('aria-labelledby') ?? '').split(' ');
  const bars = [...body.matchAll(/<rect class="bar"[^>]*>\s*<title>([^<]*)<\/title>/g)].map((m) => m[1]!);
  const gridlines = [...body.matchAll(/<line class="grid"[^>]*>/g)].length;
  const ticks = [...body.matchAll(/<text class="tick"[^>]*>([^<]*)<\/text>/g)].map((m) => Number(m[1]));
  const summary = figure.querySelector('figcaption')!.textContent;
  const note = figure.closest('section')!.querySelector('.note')!.textContent;
  return { table, role: attribute('role'), labelledBy, textOf, bars, gridlines, ticks, summary, note };
}

const countBy = (papers: readonly Paper[], key: (paper: Paper) => string | null) => {
  const counts = new Map<string, number>();
  for (const paper of papers) {
    const k = key(paper);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
};

describe('the statistics page', () => {
  let site: ReadySite;
  let doc: Doc;
  let html: string;
  const chartOf = (id: string) => chart(doc, html, id);

  beforeAll(async () => {
    site = await siteReady(inject('sites').project);
    doc = await parsePage(join(site.dist, 'stats/index.html'));
    html = await readFile(join(site.dist, 'stats/index.html'), 'utf8');
  });

  it('draws an accessible chart for each count it has, with a title, a text alternative and a table', () => {
    const known = site.papers.some((paper) => paper.upvotes !== null);
    const ids = ['chart-months', 'chart-tags', ...(known ? ['chart-upvotes'] : []), 'chart-organizations'];
    expect(
      doc.querySelectorAll('[data-chart]').map((el) => String(el.getAttributeValue('data-chart'))),
    ).toEqual(ids);
    for (const id of ids) {
      const { role, labelledBy, textOf, table, bars } = chartOf(id);
      expect(role).toBe('img');
      expect(labelledBy).toHaveLength(2);
      expect(textOf('title', labelledBy[0]!).length).toBeGreaterThan(5);
      expect(textOf('desc', labelledBy[1]!).length).toBeGreaterThan(10);
      expect(table.size).toBeGreaterThan(0);
      expect(bars).toHaveLength(table.size);
    }
  });

  it('counts papers per publication month', () => {
    const expected = countBy(site.papers, (paper) => paper.publishedOn?.slice(0, 7) ?? null);
    const { table } = chartOf('chart-months');
    for (const [month, count] of expected) expect(table.get(month), month).toBe(count);
    for (const [month, count] of table) expect(count, month).toBe(expected.get(month) ?? 0);
    const months = [...table.keys()];
    expect(months).toEqual([...months].sort());
    expect(months[0]).toBe([...expected.keys()].sort()[0]);
  });

  it('counts papers per tag', () => {
    const expected = new Map<string, number>();
    for (const paper of site.papers)
      for (const tag of paper.tags) expected.set(tag, (expected.get(tag) ?? 0) + 1);
    expect(chartOf('chart-tags').table).toEqual(expected);
  });

  it('draws no upvote chart for papers whose upvotes are unknown, and says so', () => {
    // The fixture's plain dumps show comment counts but no upvotes.
    expect(site.papers.length).toBeGreaterThan(0);
    expect(site.papers.every((paper) => paper.upvotes === null)).toBe(true);
    expect(doc.querySelector('[data-chart="chart-upvotes"]')).toBeNull();
    const note = doc.querySelector('[data-upvotes-unknown]')!.textContent.replace(/\s+/g, ' ');
    expect(note).toContain('No dump showed upvote counts');
    expect(note).toContain(`all ${site.papers.length} papers are unknown`);
  });

  it('counts the papers of the top organisations', () => {
    const expected = countBy(site.papers, (paper) => paper.organization);
    const { table } = chartOf('chart-organizations');
    expect(table.size).toBe(Math.min(10, expected.size));
    for (const [name, count] of table) expect(count, name).toBe(expected.get(name));
  });

  it('ends the month axis at the first step above the busiest month, with a tick for every step', () => {
    const { table, ticks, gridlines } = chartOf('chart-months');
    const busiest = Math.max(...table.values());
    // Tick 0 has no label; the labelled ticks are evenly spaced.
    expect(gridlines).toBe(ticks.length + 1);
    const step = ticks[0]!;
    expect(ticks).toEqual(ticks.map((_, i) => (i + 1) * step));
    expect(ticks.at(-1)).toBeGreaterThanOrEqual(busiest);
    expect(ticks.at(-1)! - step).toBeLessThan(busiest);
  });

  it('summarizes each chart with its largest bars, or their one length, and never counts "1 papers"', () => {
    for (const id of ['chart-months', 'chart-tags', 'chart-organizations']) {
      const { table, summary } = chartOf(id);
      const most = Math.max(...table.values());
      const rows = doc.querySelectorAll(`[data-chart="${id}"] tbody tr`);
      const largest = rows
        .filter((row) => Number(row.querySelector('td')!.textContent) === most)
        .map((row) => row.querySelector('th')!.textContent);
      const counted = [...table.values()].filter((count) => count > 0).length;
      if (largest.length === counted) {
        // Every bar that is not empty as long as the others: no "most" to name.
        const each = counted === table.size ? `, ${most} each\\.$` : `; ${most} each `;
        expect(summary, id).toMatch(new RegExp(`over ${table.size} \\w+${each}`));
        continue;
      }
      expect(summary, id).toContain(`the most, ${most}${largest.length > 1 ? ' each' : ''},`);
      for (const label of largest.slice(0, 3)) expect(summary, id).toContain(label);
    }
    const text = doc.querySelector('main')!.textContent.replace(/\s+/g, ' ');
    expect(text).not.toMatch(/\b1 (papers|organisations|digests|topics|months|topic assignments)\b/);
    expect(text).not.toMatch(/\b(0|[2-9]|\d\d+) (paper|organisation|digest|month) /);
  });

  it('says whether the organisations chart shows every organisation or the ten that appear most', () => {
    const expected = countBy(site.papers, (paper) => paper.organization);
    const naming = [...expected.values()].reduce((sum, n) => sum + n, 0);
    const { note } = chartOf('chart-organizations');
    expect(note).toContain(`${naming} ${naming === 1 ? 'paper names' : 'papers name'} an organisation`);
    expect(note).toContain(
      expected.size > 10 ? 'the 10 that appear most' : `the chart shows all ${expected.size} organisations`,
    );
  });
});
