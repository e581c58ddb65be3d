import { describe, expect, it } from 'vitest';
import { assignIds, MAX_SLUG_LENGTH, slugify } from '../../src/lib/dump/slug.ts';
import { SlugSchema } from '../../src/schemas/paper.ts';

describe('slugify', () => {
  it.each([
    [
      'Causal2Vec: Improving Decoder-only LLMs as Versatile Embedding Models',
      'causal2vec-improving-decoder-only-llms-as-versatile-embedding-models',
    ],
    ['$I^{2}$-World: Intra-Inter Tokenization', 'i2-world-intra-inter-tokenization'],
    ['$\\textit{Refiner}$: Restructure', 'refiner-restructure'],
    ['$\\mathbf{X}_{t}$ and $\\alpha$-Nets', 'xt-and-alpha-nets'],
    ["Rozi\\`ere and Fr\\'{e}chet", 'roziere-and-frechet'],
    ['Über große Sprachmodelle: Ça marche', 'uber-grosse-sprachmodelle-ca-marche'],
    ['Łódź, Øresund, Æther', 'lodz-oresund-aether'],
    ['Don’t Stop: Q&A at 10×', 'dont-stop-q-and-a-at-10'],
    ['ﬁne-tuning ½ models', 'fine-tuning-1-2-models'],
    ['  --Leading and trailing--  ', 'leading-and-trailing'],
  ])('%s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('gives titles without Latin letters a stable hashed slug', () => {
    expect(slugify('大规模语言模型的对齐')).toMatch(/^paper-[0-9a-f]{8}$/);
    expect(slugify('大规模语言模型的对齐')).toBe(slugify('大规模语言模型的对齐'));
    expect(slugify('大规模语言模型的对齐')).not.toBe(slugify('语言模型'));
  });

  it('keeps clear of the list pages under /papers/ (`top`, page numbers)', () => {
    expect(slugify('Top')).toBe('paper-top');
    expect(slugify('2024')).toBe('paper-2024');
    expect(slugify('$1$')).toBe('paper-1');
    expect(slugify('Top-k Sampling')).toBe('top-k-sampling');
    expect(assignIds(['TOP', 'Top!'])).toEqual(['paper-top', 'paper-top-2']);
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugify(`${'Transformers '.repeat(10)}End`);
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toBe(Array(6).fill('transformers').join('-'));
    expect(slugify('x'.repeat(200))).toBe('x'.repeat(MAX_SLUG_LENGTH));
  });

  it('always yields a valid slug', () => {
    for (const title of ['$$', '---', '!!!', 'ü', '∑∏', 'A', '\\alpha']) {
      expect(SlugSchema.safeParse(slugify(title)).success, title).toBe(true);
    }
  });
});

describe('assignIds', () => {
  it('disambiguates collisions in order of appearance', () => {
    expect(assignIds(['C++ Models', 'C Models', 'C-Models', 'C Models 2'])).toEqual([
      'c-models',
      'c-models-2',
      'c-models-3',
      'c-models-2-2',
    ]);
  });

  it('an id depends only on the titles before it', () => {
    const first = assignIds(['A B', 'A-B']);
    expect(assignIds(['A B', 'A-B', 'A  B!', 'Other'])).toEqual([...first, 'a-b-3', 'other']);
  });
});
