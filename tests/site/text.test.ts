import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idInPath, withBase } from '../../src/lib/client/base.ts';
import { arxivSearchUrl, huggingFaceSearchUrl } from '../../src/lib/site/external-links.ts';
import { formatDate, plural, showMoreLabel } from '../../src/lib/client/format-date.ts';
import { continuation, pageUrl, pageWindow } from '../../src/lib/site/pagination.ts';
import { assertNoRouteClash, clashingIds } from '../../src/lib/site/routes.ts';
import { teaser } from '../../src/lib/site/teaser.ts';
import { paper, papers } from '../support/fixture-papers.ts';

describe('external links', () => {
  it('searches Hugging Face and arXiv by title, form-encoded', () => {
    const title = 'Mistral-SPLADE: LLMs for better Learned Sparse Retrieval';
    expect(huggingFaceSearchUrl(title)).toBe(
      'https://huggingface.co/papers?q=Mistral-SPLADE%3A+LLMs+for+better+Learned+Sparse+Retrieval',
    );
    expect(arxivSearchUrl(' A & B+C ')).toBe('https://arxiv.org/search/?query=A+%26+B%2BC&searchtype=title');
  });
});

describe('dates and counts', () => {
  it('formats days in UTC', () => {
    expect(formatDate('2025-12-10')).toBe('Dec 10, 2025');
    expect(formatDate('2024-01-01')).toBe('Jan 1, 2024');
  });

  it('pluralises', () => {
    expect(plural(1, 'paper')).toBe('1 paper');
    expect(plural(0, 'upvote')).toBe('0 upvotes');
    expect(plural(12345, 'paper')).toBe('12,345 papers');
  });
});

describe('pagination', () => {
  it('shows first, last and the neighbourhood of the current page', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(10, 200)).toEqual([1, 'gap', 9, 10, 11, 'gap', 200]);
    expect(pageWindow(3, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageWindow(1, 9)).toEqual([1, 2, 'gap', 9]);
  });

  it('builds page URLs from the first page', () => {
    expect(pageUrl('/paper-digest/papers/', 1)).toBe('/paper-digest/papers/');
    expect(pageUrl('/paper-digest/tags/code/', 3)).toBe('/paper-digest/tags/code/3/');
  });

  it('continues a list on the page after what was already shown', () => {
    expect(continuation(50, 140, 50)).toEqual({ page: 2, from: 51, to: 100 });
    expect(continuation(50, 60, 50)).toEqual({ page: 2, from: 51, to: 60 });
    expect(continuation(60, 140, 50)).toEqual({ page: 2, from: 51, to: 100 });
    expect(continuation(100, 101, 50)).toEqual({ page: 3, from: 101, to: 101 });
    expect(continuation(50, 50, 50)).toBeUndefined();
    expect(continuation(39, 39, 50)).toBeUndefined();
  });
});

describe('route clashes', () => {
  it('finds ids that would overwrite list pages', () => {
    expect(clashingIds(papers)).toEqual([]);
    expect(clashingIds([{ id: 'top' }, { id: '2048' }, { id: 'top-k' }])).toEqual(['top', '2048']);
    expect(() => assertNoRouteClash([{ id: '7' }])).toThrow(/"7" would overwrite a list page/);
  });
});

describe('teaser', () => {
  it('keeps short text whole and cuts long text at a sentence or word', () => {
    expect(teaser('  Short   text. ', 50)).toBe('Short text.');
    const abstract = paper('Causal2Vec').abstract;
    const cut = teaser(abstract, 220);
    expect(cut.length).toBeLessThanOrEqual(220);
    expect(abstract.startsWith(cut.replace(/…$/, ''))).toBe(true);
    expect(cut).toMatch(/(\.|…)$/);
    expect(teaser('One. Two three four five six seven.', 20)).toBe('One. Two three four…');
  });

  it('reads past a long run of whitespace at the start', () => {
    expect(teaser(`${' \n'.repeat(40)}Short text.`, 20)).toBe('Short text.');
    expect(teaser(`A${' '.repeat(50)}b c d e f g h i j k l m n`, 10)).toBe('A b c d e…');
  });

  it('is an opening of the collapsed text, whole when it fits', () => {
    const words = fc.array(fc.stringMatching(/^[A-Za-z]{1,12}[.,]?$/), { maxLength: 60 });
    const gaps = fc.array(fc.stringMatching(/^[ \n\t]{1,30}$/), { minLength: 61, maxLength: 61 });
    fc.assert(
      fc.property(words, gaps, fc.integer({ min: 10, max: 120 }), (list, spaces, max) => {
        const text = list.map((word, n) => spaces[n] + word).join('') + spaces[60];
        const whole = text.replace(/\s+/g, ' ').trim();
        const cut = teaser(text, max);
        if (whole.length <= max) expect(cut).toBe(whole);
        else expect(whole.startsWith(cut.replace(/…$/, ''))).toBe(true);
        expect(cut.length).toBeLessThanOrEqual(max);
      }),
    );
  });
});

describe('withBase', () => {
  it('puts internal paths under the base path, pages with a trailing slash', () => {
    expect(withBase('papers/x/', '/b/')).toBe('/b/papers/x/');
    expect(withBase('/papers/x', '/b')).toBe('/b/papers/x/');
    expect(withBase('', '/b/')).toBe('/b/');
    expect(withBase('feed.xml', '/')).toBe('/feed.xml');
    expect(withBase('search/?q=a', '/b/')).toBe('/b/search/?q=a');
    expect(withBase('search?q=a/', '/b/')).toBe('/b/search/?q=a/');
    expect(withBase('tags/a#x/', '/')).toBe('/tags/a/#x/');
  });
});

describe('idInPath', () => {
  it('reads back the id of a page link withBase built, under any base', () => {
    for (const base of ['/', '/paper-digest/']) {
      expect(idInPath(withBase('papers/time-moe-billion-scale/', base), 'papers')).toBe(
        'time-moe-billion-scale',
      );
      expect(idInPath(withBase('tags/time-series/', base), 'tags')).toBe('time-series');
    }
  });

  it('finds nothing in another section, the section itself or a deeper path', () => {
    expect(idInPath('/paper-digest/tags/time-series/', 'papers')).toBeUndefined();
    expect(idInPath('/paper-digest/papers/', 'papers')).toBeUndefined();
    expect(idInPath('/tags/time-series/2/', 'tags')).toBeUndefined();
  });
});

describe('showMoreLabel', () => {
  it('says how many the next step shows and how many are left, or that it shows the rest', () => {
    expect(showMoreLabel(15, 10)).toBe('Show 10 more (15 left)');
    expect(showMoreLabel(10, 10)).toBe('Show 10 more');
    expect(showMoreLabel(5, 10)).toBe('Show 5 more');
  });
});
