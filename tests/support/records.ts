/** Hand-made records for the discovery unit tests: each field set to exercise one case. */
import type { Paper } from '../../src/schemas/paper.ts';

/** A valid record; `overrides` replace fields. */
export function paper(overrides: Partial<Paper> & Pick<Paper, 'id'>): Paper {
  return {
    title: overrides.id,
    abstract: `Abstract of ${overrides.id}.`,
    abstractKind: 'abstract',
    arxivId: null,
    authorCount: 3,
    authors: [],
    organization: null,
    publishedOn: '2025-01-02',
    upvotes: null,
    comments: null,
    submittedBy: null,
    githubRepo: null,
    githubStars: null,
    links: [],
    tags: [],
    digests: ['2025-12-10'],
    source: { file: 'content/dumps/2025-12-10.txt', line: 13, format: 'plain' },
    ...overrides,
  };
}
