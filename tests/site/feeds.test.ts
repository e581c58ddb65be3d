import { describe, expect, it } from 'vitest';
import { feedChannel, feedItem, itemDate, xmlText } from '../../src/lib/site/feeds.ts';
import { jsonLdText, scholarlyArticle } from '../../src/lib/site/jsonld.ts';
import { paper } from '../support/records.ts';

describe('feed items', () => {
  it('dates an item by the digest given, else its first digest, whatever its publication day', () => {
    const dated = paper({ id: 'a', publishedOn: '2024-04-08', digests: ['2025-12-10', '2025-12-12'] });
    const undated = paper({ id: 'b', publishedOn: null, digests: ['2025-12-10', '2025-12-12'] });
    expect(itemDate(dated).toISOString()).toBe('2025-12-10T00:00:00.000Z');
    expect(itemDate(dated, '2025-12-12').toISOString()).toBe('2025-12-12T00:00:00.000Z');
    expect(itemDate(undated).toISOString()).toBe('2025-12-10T00:00:00.000Z');
    expect(itemDate(undated, '2025-12-12').toISOString()).toBe('2025-12-12T00:00:00.000Z');
  });

  it('keeps the title as text, writes the abstract as inert HTML text, drops characters XML cannot hold', () => {
    const item = feedItem(
      paper({ id: 'x', title: 'A <b>bold</b> \u0001title', abstract: 'x < y & z\u0000', tags: ['code'] }),
      'https://example.org/paper-digest/papers/x/',
    );
    expect(item).toMatchObject({
      title: 'A <b>bold</b> title',
      description: 'x &#60; y &#38; z',
      link: 'https://example.org/paper-digest/papers/x/',
      categories: ['code'],
    });
    expect(xmlText('ok \uD83D\uDE00 \uD800 end')).toBe('ok \uD83D\uDE00  end');
    expect(
      feedItem(paper({ id: 'y', abstract: '<script>alert(1)</script>' }), 'https://e.org/').description,
    ).toBe('&#60;script&#62;alert(1)&#60;/script&#62;');
  });

  it('links the arXiv abstract and PDF in the content when the id is known; the item link stays the page', () => {
    const page = 'https://example.org/papers/x/';
    const item = feedItem(paper({ id: 'x', abstract: 'a < b', arxivId: '2410.05434' }), page);
    expect(item.link).toBe(page);
    expect(item.description).toBe(
      '<p>a &#60; b</p><p><a href="https://arxiv.org/abs/2410.05434">arXiv:2410.05434</a> · <a href="https://arxiv.org/pdf/2410.05434">PDF</a></p>',
    );
    expect(feedItem(paper({ id: 'y', abstract: 'a < b' }), page).description).toBe('a &#60; b');
  });

  it('marks a summary as not the abstract', () => {
    const item = feedItem(
      paper({ id: 's', abstract: 'One line.', abstractKind: 'summary' }),
      'https://e.org/',
    );
    expect(item.description).toBe(
      '<p><em>Summary shown on Hugging Face; not the abstract.</em></p><p>One line.</p>',
    );
  });

  it('announces the feed itself with an escaped atom:link', () => {
    const channel = feedChannel({
      title: 't',
      description: 'd',
      page: 'https://e.org/',
      self: 'https://e.org/f?a=1&b="2"',
    });
    expect(channel.customData).toContain('href="https://e.org/f?a=1&#38;b=&#34;2&#34;"');
  });
});

describe('JSON-LD', () => {
  it('cannot close its script element, and parses back to the same data', () => {
    const data = { name: '</script><script>alert(1)</script> & <!--' };
    const text = jsonLdText(data);
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual(data);
  });

  it('describes a paper as a ScholarlyArticle', () => {
    const article = scholarlyArticle(
      paper({
        id: 'soundreactor',
        title: 'SoundReactor',
        abstract: 'Audio.',
        organization: 'Sony',
        publishedOn: '2025-10-02',
        upvotes: 2,
        tags: ['speech-audio'],
        links: [{ url: 'https://github.com/sony/x', kind: 'code' }],
      }),
      {
        url: 'https://example.org/papers/soundreactor/',
        description: 'Audio.',
        tagLabels: new Map([['speech-audio', 'Speech and audio']]),
      },
    );
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ScholarlyArticle',
      name: 'SoundReactor',
      description: 'Audio.',
      datePublished: '2025-10-02',
      url: 'https://example.org/papers/soundreactor/',
      keywords: ['Speech and audio'],
      author: { '@type': 'Organization', name: 'Sony' },
      mentions: [{ '@type': 'SoftwareSourceCode', codeRepository: 'https://github.com/sony/x' }],
    });
    // The repository is named once: no `url` repeating `codeRepository`.
    expect(article['mentions']).toEqual([
      { '@type': 'SoftwareSourceCode', codeRepository: 'https://github.com/sony/x' },
    ]);
    const unknown = scholarlyArticle(paper({ id: 'u', publishedOn: null }), { url: 'https://e.org/' });
    expect(unknown).not.toHaveProperty('datePublished');
    // Unknown upvotes are not a count of 0; no arXiv id, no identifier.
    expect(unknown).not.toHaveProperty('interactionStatistic');
    expect(unknown).not.toHaveProperty('identifier');
    expect(unknown).not.toHaveProperty('sameAs');
    expect(article).toMatchObject({ interactionStatistic: { userInteractionCount: 2 } });
  });

  it('names the arXiv id, its pages, the authors and the repository when known', () => {
    const article = scholarlyArticle(
      paper({
        id: 'k',
        arxivId: '2410.05434',
        authors: ['Ada Lovelace', 'Alan Turing'],
        organization: 'Sony',
        upvotes: 0,
        githubRepo: 'https://github.com/a/b',
        githubStars: 3290,
      }),
      { url: 'https://e.org/papers/k/' },
    );
    expect(article).toMatchObject({
      identifier: { '@type': 'PropertyValue', propertyID: 'arXiv', value: '2410.05434' },
      sameAs: ['https://huggingface.co/papers/2410.05434', 'https://arxiv.org/abs/2410.05434'],
      author: [
        { '@type': 'Person', name: 'Ada Lovelace' },
        { '@type': 'Person', name: 'Alan Turing' },
      ],
      interactionStatistic: { userInteractionCount: 0 },
      mentions: [{ '@type': 'SoftwareSourceCode', codeRepository: 'https://github.com/a/b' }],
    });
  });
});
