import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTaxonomy, tagPapers, tagScores, tagsFor } from '../../src/lib/tags/tag.ts';
import { seedPaper, seedPapers } from '../support/seed.ts';
import type { Taxonomy } from '../../src/lib/tags/tag.ts';

/** A taxonomy of one tag with the given rules (defaults: threshold 3, title 3 points, abstract 1). */
function one(rules: Omit<Taxonomy['tags'][number], 'id' | 'label' | 'description'>): Taxonomy {
  return { tags: [{ id: 't', label: 'T', description: 'd', ...rules }] };
}

const paper = (title: string, abstract = '') => ({ title, abstract });
const score = (p: { title: string; abstract: string }, taxonomy: Taxonomy) => tagScores(p, taxonomy).get('t');

describe('tagsFor: matching', () => {
  const code = one({ phrases: ['code generation', 'code'] });

  it('matches whole words only, in any case', () => {
    expect(score(paper('CODE generation'), code)).toBe(3);
    expect(score(paper('A neural codec for music'), code)).toBe(0);
    expect(score(paper('Barcode and encoder models'), code)).toBe(0);
  });

  it('lets a space in a phrase match a hyphen and the last word take a plural', () => {
    const moe = one({ phrases: ['mixture of experts', 'embedding model'] });
    expect(score(paper('Sparse Mixture-of-Experts'), moe)).toBe(3);
    expect(score(paper('Versatile embedding models'), moe)).toBe(3);
    expect(score(paper('Mixture of the experts'), moe)).toBe(0);
  });

  it('does not let a phrase span punctuation', () => {
    const ts = one({ phrases: ['time series'] });
    expect(score(paper('', 'It takes time. Series of results follow.'), ts)).toBe(0);
    expect(score(paper('', 'Time series, time-series and time  series.'), ts)).toBe(3);
  });

  it('counts overlapping phrases of one tag once, longest first', () => {
    const ts = one({ phrases: ['time series', 'time series forecasting', 'forecasting'] });
    expect(score(paper('', 'time series forecasting'), ts)).toBe(1);
    expect(score(paper('', 'time series forecasting and forecasting'), ts)).toBe(2);
  });

  it('counts pattern matches on whole words, case-insensitively', () => {
    const coder = one({ patterns: ['(?-i:[A-Z][A-Za-z]*Coder)', 'C\\+\\+'] });
    expect(score(paper('StarCoder and WizardCoder'), coder)).toBe(6);
    expect(score(paper('An encoder-decoder Decoder'), coder)).toBe(0);
    expect(score(paper('', 'Translating c++ to Python'), coder)).toBe(1);
    expect(score(paper('', 'xC++ is not C++y'), coder)).toBe(0);
  });

  it('survives a pattern that can match an empty string at some position', () => {
    expect(score(paper('', 'x  y  z'), one({ patterns: ['(?=\\s)'] }))).toBe(2);
  });

  it('counts title phrases only in the title', () => {
    const tagged = one({ titlePhrases: ['code'] });
    expect(score(paper('Code models'), tagged)).toBe(3);
    expect(score(paper('Models', 'Our code code code is released.'), tagged)).toBe(0);
  });
});

describe('tagsFor: scoring', () => {
  const retrieval = one({ phrases: ['retrieval'] });

  it('applies a tag on one title match but needs three abstract matches by default', () => {
    expect(tagsFor(paper('Dense retrieval'), retrieval)).toEqual(['t']);
    expect(tagsFor(paper('Models', 'retrieval and retrieval'), retrieval)).toEqual([]);
    expect(tagsFor(paper('Models', 'retrieval, retrieval and retrieval'), retrieval)).toEqual(['t']);
  });

  it('takes the threshold from the taxonomy and lets a tag override it', () => {
    const abstract = paper('Models', 'retrieval and retrieval');
    expect(tagsFor(abstract, { ...retrieval, threshold: 2 })).toEqual(['t']);
    const strict = { threshold: 2, tags: [{ ...retrieval.tags[0]!, threshold: 5 }] };
    expect(tagsFor(abstract, strict)).toEqual([]);
    expect(tagsFor(paper('Retrieval', 'retrieval and retrieval'), strict)).toEqual(['t']);
  });

  it('takes the weights from the taxonomy', () => {
    const weighted: Taxonomy = { ...retrieval, weights: { title: 1, abstract: 2 } };
    expect(score(paper('Retrieval', 'retrieval'), weighted)).toBe(3);
    expect(tagsFor(paper('Retrieval'), weighted)).toEqual([]);
  });

  it('returns tag ids in taxonomy order, not in order of score or appearance', () => {
    const taxonomy: Taxonomy = {
      tags: [
        { id: 'b', label: 'B', description: 'd', phrases: ['speech'] },
        { id: 'a', label: 'A', description: 'd', phrases: ['code'] },
      ],
    };
    expect(tagsFor(paper('Code code code for speech'), taxonomy)).toEqual(['b', 'a']);
  });

  it('accepts a taxonomy built by hand with tags that have no rules', () => {
    expect(tagsFor(paper('Anything'), { tags: [{ id: 'x', label: 'X', description: 'd' }] })).toEqual([]);
  });

  it('compiles each taxonomy object on its own', () => {
    const speech = one({ phrases: ['speech'] });
    expect(tagsFor(paper('Speech'), speech)).toEqual(['t']);
    expect(tagsFor(paper('Speech'), retrieval)).toEqual([]);
    expect(tagsFor(paper('Speech'), speech)).toEqual(['t']);
  });
});

describe('tagPapers', () => {
  it('fills tags and warns about each untagged paper at its source line', () => {
    const taxonomy = one({ phrases: ['speech'] });
    const source = { file: 'content/dumps/2025-12-10.txt', line: 61, format: 'plain' as const };
    const papers = [
      { title: 'Speech models', abstract: '', tags: [], source: { ...source, line: 12 } },
      { title: 'Something else', abstract: '', tags: ['stale'], source },
    ];
    const result = tagPapers(papers, taxonomy);
    expect(result.papers.map((p) => p.tags)).toEqual([['t'], []]);
    expect(papers[1]!.tags).toEqual(['stale']);
    expect(result.diagnostics).toEqual([
      {
        file: 'content/dumps/2025-12-10.txt',
        line: 61,
        column: 1,
        severity: 'warning',
        message:
          "paper has no tag: no rule in content/tags.yaml matches its title or abstract; add a phrase to a tag's rules",
        rule: 'untagged',
      },
    ]);
  });
});

describe('the shipped taxonomy on the seed dump', () => {
  const { taxonomy, diagnostics } = loadTaxonomy(
    readFileSync('content/tags.yaml', 'utf8'),
    'content/tags.yaml',
  );
  const tagsOf = (title: string) => tagsFor(seedPaper(title), taxonomy);

  it('loads cleanly', () => {
    expect(diagnostics).toEqual([]);
    expect(seedPapers).toHaveLength(39);
  });

  it.each([
    // The expectations.
    ['Causal2Vec:', ['embeddings']],
    ['Mistral-SPLADE:', ['retrieval']],
    ['OWSM-CTC:', ['speech-audio']],
    ['Time-MoE:', ['time-series', 'mixture-of-experts']],
    ['CodeT5:', ['code']],
    // Checked by reading the abstracts.
    ['NV-Embed:', ['embeddings', 'retrieval']],
    ['PIM-GPT:', ['hardware', 'efficiency']],
    ['Multimodal Mamba:', ['multimodal', 'state-space-models']],
    ['The Impossibility of Inverse Permutation Learning', ['theory']],
    ['The unreasonable effectiveness of few-shot learning', ['machine-translation']],
    ['AutoTimes:', ['time-series']],
    ['Lumina-mGPT:', ['multimodal', 'image-video-generation']],
    ['LeVo:', ['speech-audio', 'alignment']],
    ['Masking in Multi-hop QA:', ['question-answering', 'reasoning']],
    ['$\\textit{Refiner}$:', ['retrieval', 'question-answering']],
    ['SteloCoder:', ['code', 'mixture-of-experts']],
    ['Sparsing Law:', ['efficiency', 'scaling']],
    ['LifeGPT:', ['science']],
    ['Adapting LLaMA Decoder to Vision Transformer', ['vision']],
    ['The Impact of Positional Encoding', ['architecture']],
    ['What Language Model Architecture', ['language-models']],
    ['Language Model Can Listen While Speaking', ['speech-audio']],
  ])('%s is tagged %j', (title, expected) => {
    expect(tagsOf(title)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    // A speech or music paper is not about code ("codec" is not "code").
    ['OWSM-CTC:', 'code'],
    ['LeVo:', 'code'],
    ['SoundReactor:', 'code'],
    // "Decoder" in a title is not a code model.
    ['Decoder-Only LLMs are Better Controllers', 'code'],
    ['CodeT5:', 'speech-audio'],
    // Translating code is not machine translation.
    ['SteloCoder:', 'machine-translation'],
    // Forecasting a 3D scene is not time series.
    ['$I^{2}$-World:', 'time-series'],
    // One mention of retrieval datasets does not make an embedding paper a retrieval paper.
    ['Causal2Vec:', 'retrieval'],
    ['Time-MoE:', 'language-models'],
    ['RVISA:', 'evaluation'],
  ])('%s is not tagged %s', (title, tag) => {
    expect(tagsOf(title)).not.toContain(tag);
  });

  it('gives every paper at least one tag', () => {
    const untagged = seedPapers.filter((paper) => tagsFor(paper, taxonomy).length === 0).map((p) => p.title);
    expect(untagged).toEqual([]);
  });

  it('puts no tag on more than half of the papers', () => {
    const counts = new Map<string, number>();
    for (const paper of seedPapers)
      for (const tag of tagsFor(paper, taxonomy)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    const broad = [...counts].filter(([, n]) => n > seedPapers.length / 2);
    expect(broad).toEqual([]);
    expect(counts.size).toBeGreaterThanOrEqual(15);
  });
});
