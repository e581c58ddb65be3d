import { describe, expect, it } from 'vitest';
import { countTags, labelFromId } from '../../src/lib/site/tag-counts.ts';
import { papers, taxonomy } from '../support/fixture-papers.ts';

describe('countTags', () => {
  const tags = countTags(papers, taxonomy.tags);

  it('lists every taxonomy tag in taxonomy order with its label and count', () => {
    expect(tags.map((t) => t.id)).toEqual(taxonomy.tags.map((t) => t.id));
    const retrieval = tags.find((t) => t.id === 'retrieval')!;
    expect(retrieval.label).toBe('Retrieval & RAG');
    expect(retrieval.count).toBe(papers.filter((p) => p.tags.includes('retrieval')).length);
    expect(tags.find((t) => t.id === 'time-series')!.count).toBeGreaterThanOrEqual(3);
  });

  it('keeps tags without papers and appends tags missing from the taxonomy', () => {
    const counted = countTags(
      [{ tags: ['code', 'quantum-stuff', 'code'] }],
      [
        { id: 'code', label: 'Code', description: 'Programs.' },
        { id: 'vision', label: 'Vision', description: 'Images.' },
      ],
    );
    expect(counted).toEqual([
      { id: 'code', label: 'Code', description: 'Programs.', count: 1 },
      { id: 'vision', label: 'Vision', description: 'Images.', count: 0 },
      { id: 'quantum-stuff', label: 'Quantum stuff', description: '', count: 1 },
    ]);
  });

  it('labels an unknown id readably', () => {
    expect(labelFromId('speech-audio')).toBe('Speech audio');
  });
});
