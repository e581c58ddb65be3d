/** The data exports of the built fixture site: every record as JSON and CSV, and one JSON file per digest. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { PAPER_CSV_COLUMNS, type DigestPaper } from '../../src/lib/site/export.ts';
import { PapersSchema } from '../../src/schemas/paper.ts';
import { digestDates } from '../support/papers.ts';
import { siteReady, type ReadySite } from '../support/site.ts';
import { parseCsv } from '../support/csv-reader.ts';

describe('data export of the fixture site', () => {
  let site: ReadySite;
  const byId = <T extends { id: string }>(list: readonly T[]) =>
    [...list].sort((a, b) => a.id.localeCompare(b.id));

  beforeAll(async () => {
    site = await siteReady(inject('sites').project);
  });

  it('serves every record at papers.json, in the schema shape', async () => {
    const exported = PapersSchema.parse(JSON.parse(await readFile(join(site.dist, 'papers.json'), 'utf8')));
    expect(byId(exported)).toEqual(byId(site.papers));
  });

  it('serves every record as one CSV row at papers.csv', async () => {
    const [header, ...rows] = parseCsv(await readFile(join(site.dist, 'papers.csv'), 'utf8'));
    expect(header).toEqual([...PAPER_CSV_COLUMNS]);
    expect(rows).toHaveLength(site.papers.length);
    const column = (name: (typeof PAPER_CSV_COLUMNS)[number]) => PAPER_CSV_COLUMNS.indexOf(name);
    for (const row of rows) {
      const paper = site.papers.find((p) => p.id === row[column('id')])!;
      expect(row[column('title')]).toBe(paper.title);
      expect(row[column('publishedOn')]).toBe(paper.publishedOn ?? '');
      expect(row[column('upvotes')]).toBe(String(paper.upvotes ?? ''));
      expect(row[column('comments')]).toBe(String(paper.comments ?? ''));
      expect(row[column('arxivId')]).toBe(paper.arxivId ?? '');
      expect(row[column('authors')]).toBe(paper.authors.join('; '));
      expect(row[column('sourceFormat')]).toBe('plain');
      expect(row[column('tags')]).toBe(paper.tags.join(' '));
      expect(row[column('digests')]).toBe(paper.digests.join(' '));
    }
  });

  it('serves each digest as digests/<date>.json with exactly its papers', async () => {
    for (const date of digestDates(site.papers)) {
      const data = JSON.parse(await readFile(join(site.dist, `digests/${date}.json`), 'utf8')) as {
        date: string;
        count: number;
        papers: DigestPaper[];
      };
      const expected = site.papers.filter((paper) => paper.digests.includes(date));
      expect(data.date).toBe(date);
      expect(data.count).toBe(expected.length);
      expect(byId(data.papers)).toEqual(
        byId(
          expected.map(({ id, arxivId, title, upvotes, comments }) => ({
            id,
            arxivId,
            title,
            upvotes,
            comments,
          })),
        ),
      );
    }
  });
});
