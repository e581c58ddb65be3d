import { describe, expect, it } from 'vitest';
import {
  arxivPages,
  findLinks,
  formatStars,
  githubLabel,
  httpUrl,
} from '../../src/lib/site/external-links.ts';
import { authorsText, countsText, isSummary } from '../../src/lib/site/paper-facts.ts';
import { paper, papers } from '../support/fixture-papers.ts';

describe('links by arXiv id', () => {
  it('links the Hugging Face page, the arXiv abstract and the PDF of a known id', () => {
    expect(arxivPages('2410.05434')).toEqual({
      huggingFace: 'https://huggingface.co/papers/2410.05434',
      abs: 'https://arxiv.org/abs/2410.05434',
      pdf: 'https://arxiv.org/pdf/2410.05434',
    });
    expect(arxivPages('hep-th/9901001')?.abs).toBe('https://arxiv.org/abs/hep-th/9901001');
  });

  it('gives no pages for an unknown or malformed id', () => {
    expect(arxivPages(null)).toBeNull();
    expect(arxivPages('javascript:alert(1)')).toBeNull();
    expect(arxivPages('2410.05434/../../x')).toBeNull();
  });

  it('falls back to the title searches when the id is unknown', () => {
    const causal = paper('Causal2Vec');
    expect(causal.arxivId).toBeNull();
    const links = findLinks(causal, 'Causal2Vec');
    expect(links.map((l) => l.label)).toEqual(['Search on Hugging Face', 'Search on arXiv']);
    expect(links[0]!.href).toBe('https://huggingface.co/papers?q=Causal2Vec');
    expect(findLinks({ arxivId: '2507.23386' }, 'Causal2Vec').map((l) => l.href)).toEqual([
      'https://huggingface.co/papers/2507.23386',
      'https://arxiv.org/abs/2507.23386',
      'https://arxiv.org/pdf/2507.23386',
    ]);
  });

  it('keeps only http(s) URLs', () => {
    expect(httpUrl('https://github.com/a/b')).toBe('https://github.com/a/b');
    expect(httpUrl('javascript:alert(1)')).toBeNull();
    expect(httpUrl('not a url')).toBeNull();
    expect(httpUrl(null)).toBeNull();
  });
});

describe('GitHub stars', () => {
  it('writes stars as the page does', () => {
    expect(formatStars(950)).toBe('950');
    expect(formatStars(3290)).toBe('3.3k');
    expect(formatStars(12_345)).toBe('12k');
    expect(formatStars(1_200_000)).toBe('1.2M');
    expect(githubLabel(3290)).toBe('GitHub · 3.3k stars');
    expect(githubLabel(1)).toBe('GitHub · 1 star');
    expect(githubLabel(null)).toBe('GitHub');
  });
});

describe('facts line', () => {
  it('names the first three authors on cards, then "et al.", and all on the paper page', () => {
    const names = ['Ada Lovelace', 'Alan Turing', 'Grace Hopper', 'Edsger Dijkstra'];
    expect(authorsText(names, 3)).toBe('Ada Lovelace, Alan Turing, Grace Hopper et al.');
    expect(authorsText(names.slice(0, 3), 3)).toBe('Ada Lovelace, Alan Turing, Grace Hopper');
    expect(authorsText(names)).toBe(names.join(', '));
    expect(authorsText([], 3)).toBeNull();
  });

  it('shows upvotes and comments only when known, and 0 when known to be 0', () => {
    expect(countsText({ upvotes: null, comments: null })).toEqual([]);
    expect(countsText({ upvotes: 0, comments: null })).toEqual(['0 upvotes']);
    expect(countsText({ upvotes: 1, comments: 2 })).toEqual(['1 upvote', '2 comments']);
    expect(countsText({ upvotes: 1234, comments: 1 })).toEqual(['1,234 upvotes', '1 comment']);
  });

  it('reads the fixture dumps: comments known, upvotes unknown', () => {
    const causal = paper('Causal2Vec');
    expect(countsText(causal)).toEqual(['9 comments']);
    expect(papers.some((p) => countsText(p).some((t) => t.includes('upvote')))).toBe(false);
    expect(isSummary(causal)).toBe(false);
    expect(isSummary({ abstractKind: 'summary' })).toBe(true);
  });
});
