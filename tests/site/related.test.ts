import { describe, expect, it } from 'vitest';
import {
  MAX_DOCUMENT_SHARE,
  MIN_SIMILARITY,
  nearestNeighbours,
  POSTINGS_PER_TERM,
  REFRESH_DAYS,
  refreshDay,
  relatedPapers,
} from '../../src/lib/site/related/rank.ts';
import { FOR_YOU_NEIGHBOURS, neighbourData } from '../../src/lib/site/related/neighbour-data.ts';
import { stem, termOf } from '../../src/lib/site/related/terms.ts';
import { seedPaper, seedPapers } from '../support/seed.ts';

const related = relatedPapers(seedPapers);
const titlesOf = (ids: readonly string[]) => ids.map((id) => seedPapers.find((p) => p.id === id)!.title);

describe('relatedPapers on the seed dump', () => {
  it('relates Time-MoE to another time-series paper', () => {
    const titles = titlesOf(related.get(seedPaper('Time-MoE:').id)!);
    expect(
      titles.some(
        (t) => t.startsWith('AutoTimes:') || t.startsWith('Towards Neural Scaling Laws for Time Series'),
      ),
    ).toBe(true);
  });

  it('relates Causal2Vec to another embedding paper, first', () => {
    const [first] = titlesOf(related.get(seedPaper('Causal2Vec:').id)!);
    expect(['NV-Embed:', 'GEM:', 'LG-ANNA-Embedding'].some((start) => first!.startsWith(start))).toBe(true);
  });

  it('relates the two code-model families and the speech papers to each other', () => {
    expect(titlesOf(related.get(seedPaper('Granite Code Models:').id)!)).toContain(
      seedPaper('CodeT5:').title,
    );
    expect(titlesOf(related.get(seedPaper('OWSM-CTC:').id)!)[0]).toBe(
      seedPaper('Language Model Can Listen').title,
    );
    expect(titlesOf(related.get(seedPaper('Mistral-SPLADE:').id)!).slice(0, 2)).toEqual(
      expect.arrayContaining([seedPaper('NV-Embed:').title]),
    );
  });

  it('has an entry for every paper, never the paper itself, at most five, without repeats', () => {
    expect([...related.keys()].sort()).toEqual(seedPapers.map((p) => p.id).sort());
    for (const [id, ids] of related) {
      expect(ids).not.toContain(id);
      expect(ids.length).toBeLessThanOrEqual(5);
      expect(new Set(ids).size).toBe(ids.length);
    }
    // Without a threshold, on a set of 39 papers on one theme, everyone has five neighbours.
    expect([...relatedPapers(seedPapers, 5, 0).values()].every((ids) => ids.length === 5)).toBe(true);
  });

  it('gives the 4D-scene paper no time-series paper: it shares the word forecasting, not the subject', () => {
    const scene = related.get(seedPaper('$I^{2}$-World:').id)!;
    expect(titlesOf(scene).filter((t) => /time[ -]series|Time-MoE|AutoTimes/iu.test(t))).toEqual([]);
    // Nothing else in the seed is about 3D scenes, so it gets no related paper at all.
    expect(scene).toEqual([]);
  });

  it('keeps the clearly related pairs above the threshold, both ways', () => {
    const pairs = [
      ['Time-MoE:', 'AutoTimes:'],
      ['Time-MoE:', 'Towards Neural Scaling Laws for Time Series'],
      ['Causal2Vec:', 'NV-Embed:'],
      ['Granite Code Models:', 'CodeT5:'],
      ['OWSM-CTC:', 'Language Model Can Listen'],
      ['Mistral-SPLADE:', 'LG-ANNA-Embedding'],
    ];
    for (const [a, b] of pairs) {
      expect(related.get(seedPaper(a!).id)).toContain(seedPaper(b!).id);
      expect(related.get(seedPaper(b!).id)).toContain(seedPaper(a!).id);
    }
  });

  it('scores neighbours between the threshold and 1, best first', () => {
    for (const neighbours of nearestNeighbours(seedPapers).values()) {
      for (const { score } of neighbours) {
        expect(score).toBeGreaterThanOrEqual(MIN_SIMILARITY);
        expect(score).toBeLessThanOrEqual(1 + 1e-9);
      }
      const scores = neighbours.map((n) => n.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
    expect([...nearestNeighbours(seedPapers).values()].map((ns) => ns.map((n) => n.id))).toEqual([
      ...relatedPapers(seedPapers).values(),
    ]);
  });

  it('respects the limit', () => {
    for (const ids of relatedPapers(seedPapers, 2).values()) expect(ids.length).toBeLessThanOrEqual(2);
    expect([...relatedPapers(seedPapers, 0).values()].every((ids) => ids.length === 0)).toBe(true);
    const twelve = relatedPapers(seedPapers, 12);
    expect(twelve.get(seedPaper('Time-MoE:').id)!.slice(0, 5)).toEqual(
      related.get(seedPaper('Time-MoE:').id),
    );
  });

  it('gives the same answer whatever the input order', () => {
    const reversed = relatedPapers([...seedPapers].reverse());
    const shuffled = relatedPapers([...seedPapers].sort((a, b) => a.abstract.length - b.abstract.length));
    expect(new Map([...reversed].sort())).toEqual(new Map([...related].sort()));
    expect(new Map([...shuffled].sort())).toEqual(new Map([...related].sort()));
  });
});

describe('nearestNeighbours as the dumps of a month come in', () => {
  // Made-up words ("kalo", "mipe"…) that are no stop words and have no plural ending.
  const syllables = ['ka', 'lo', 'mi', 'pe', 'ru', 'ti', 'vo', 'ze'];
  const vocabulary = syllables.flatMap((a) => syllables.map((b) => a + b));
  /** A paper of random words from a seeded generator (mulberry32): each common word is in about 40% of them. */
  const corpus = (() => {
    let seed = 7;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
    };
    const pick = (from: readonly string[], n: number) =>
      Array.from({ length: n }, () => from[Math.floor(random() * from.length)]!).join(' ');
    const [common, rare] = [vocabulary.slice(0, 24), vocabulary.slice(24)];
    return Array.from({ length: 1500 }, (_, i) => ({
      id: `p${String(i).padStart(4, '0')}`,
      title: pick(rare, 2),
      abstract: `${pick(common, 12)} ${pick(rare, 4)}`,
      // 700 papers first seen in October, 700 in November, then 100 this month (December).
      digests: [i < 700 ? '2025-10-20' : i < 1400 ? '2025-11-20' : '2025-12-03'],
    }));
  })();
  const older = corpus.slice(0, 1400);
  /**
   * A new paper first seen on `date`, with the words of an October paper: it gives no paper of the last two
   * months a word it had alone, so it changes no such paper's weights.
   */
  const echo = (date: string) => ({ ...corpus[0]!, id: 'p9999', digests: [date] });
  const idsOf = (neighbours: readonly { id: string }[]) => neighbours.map((n) => n.id);
  /**
   * The papers among `older` whose neighbours change when `added` joins `papers` other than by taking it in
   * (the others keep the rest of their neighbours, in order and with the same scores).
   */
  const changedBeyond = (papers: readonly (typeof corpus)[number][], added: (typeof corpus)[number]) => {
    const [before, after] = [nearestNeighbours(papers), nearestNeighbours([...papers, added])];
    return older
      .map((paper) => paper.id)
      .filter((id) => {
        const [was, now] = [before.get(id)!, after.get(id)!];
        const rest = now.filter((n) => n.id !== added.id);
        return !equalLists(rest, was.slice(0, rest.length));
      });
  };

  it('lets a common term link more papers than a term keeps, which this corpus needs to say anything', () => {
    const october = corpus.slice(0, 700);
    const withWord = (word: string) => october.filter((p) => p.abstract.split(' ').includes(word));
    expect(withWord(vocabulary[0]!).length).toBeGreaterThan(POSTINGS_PER_TERM);
    expect(withWord(vocabulary[0]!).length).toBeLessThan(october.length * MAX_DOCUMENT_SHARE);
  });

  it('spreads the days papers move on to a new month evenly over its first 28', () => {
    const days = corpus.map((paper) => refreshDay(paper.id));
    expect(Math.min(...days)).toBe(1);
    expect(Math.max(...days)).toBe(REFRESH_DAYS);
    for (let day = 1; day <= REFRESH_DAYS; day++) {
      expect(days.filter((d) => d === day).length).toBeGreaterThan(corpus.length / REFRESH_DAYS / 2);
    }
  });

  it("changes an older paper's neighbours on a day of the month only where the new paper is among them", () => {
    const added = echo('2025-12-03');
    expect(changedBeyond(corpus, added)).toEqual([]);
    const after = nearestNeighbours([...corpus, added]);
    expect(older.filter((paper) => idsOf(after.get(paper.id)!).includes(added.id)).length).toBeGreaterThan(0);
    // Both weighings are there: papers that moved on to December (day 1 to 3) and papers still on November.
    expect(new Set(older.map((paper) => refreshDay(paper.id) <= 3))).toEqual(new Set([true, false]));
  });

  it('moves the papers whose day has come on to the new month, and no other', () => {
    // From the 3rd to the 10th of December: the papers of days 4 to 10 move on.
    const changed = changedBeyond(corpus, echo('2025-12-10'));
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.filter((id) => refreshDay(id) < 4 || refreshDay(id) > 10)).toEqual([]);
    // They are weighed as every paper is once the whole month has come.
    const now = nearestNeighbours([...corpus, echo('2025-12-10')]);
    const monthEnd = nearestNeighbours([...corpus, echo('2025-12-28')]);
    for (const id of changed) expect(now.get(id)).toEqual(monthEnd.get(id));
  });

  it('moves no paper on the 29th to 31st, and the papers of day 1 on the first of the next month', () => {
    const monthEnd = [...corpus.slice(0, -1), { ...corpus.at(-1)!, digests: ['2025-12-28'] }];
    expect(changedBeyond(monthEnd, echo('2025-12-31'))).toEqual([]);
    const changed = changedBeyond(monthEnd, echo('2026-01-01'));
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.filter((id) => refreshDay(id) !== 1)).toEqual([]);
  });

  it('relates papers of this month by words no older paper has', () => {
    const novel = (id: string) => ({
      id,
      title: 'Quokkanet zorbling',
      abstract: '',
      digests: ['2025-12-04'],
    });
    const related = relatedPapers([...corpus, novel('n1'), novel('n2')]);
    expect(related.get('n1')).toEqual(['n2']);
    expect(related.get('n2')).toEqual(['n1']);
  });

  it('counts every paper while all were first seen in one month, as it does papers that carry no date', () => {
    const undated = seedPapers.map(({ id, title, abstract }) => ({ id, title, abstract }));
    expect(new Set(seedPapers.flatMap((p) => p.digests))).toEqual(new Set(['2025-12-10']));
    expect(nearestNeighbours(seedPapers)).toEqual(nearestNeighbours(undated));
    const thisMonth = corpus.slice(1400);
    const undatedMonth = thisMonth.map(({ id, title, abstract }) => ({ id, title, abstract }));
    expect(nearestNeighbours(thisMonth)).toEqual(nearestNeighbours(undatedMonth));
  });
});

const equalLists = (
  a: readonly { id: string; score: number }[],
  b: readonly { id: string; score: number }[],
) => a.length === b.length && a.every((n, i) => n.id === b[i]!.id && n.score === b[i]!.score);

describe('relatedPapers on small inputs', () => {
  const paper = (id: string, title: string, abstract = '') => ({ id, title, abstract });

  it('handles no papers and one paper', () => {
    expect(relatedPapers([])).toEqual(new Map());
    expect(relatedPapers([paper('a', 'Alone')])).toEqual(new Map([['a', []]]));
  });

  it('relates only papers that share a meaningful term', () => {
    const result = relatedPapers([
      paper('a', 'Speech recognition', 'We transcribe speech.'),
      paper('b', 'Speech synthesis', 'We generate speech audio.'),
      paper('c', 'Protein folding', 'We fold proteins.'),
      paper('d', 'Graph colouring', 'We colour graphs.'),
    ]);
    expect(result).toEqual(
      new Map([
        ['a', ['b']],
        ['b', ['a']],
        ['c', []],
        ['d', []],
      ]),
    );
  });

  it('weighs the title more than the abstract', () => {
    const result = relatedPapers([
      paper('q', 'Quantum annealing', 'Results on scheduling.'),
      paper('x', 'Scheduling of jobs', 'Quantum annealing appears once.'),
      paper('y', 'Quantum annealing hardware', 'Scheduling here too.'),
      ...[
        'Protein folding',
        'Graph colouring',
        'Sorting networks',
        'Speech synthesis',
        'Image segmentation',
      ].map((title, i) => paper(`z${i}`, title)),
    ]);
    expect(result.get('q')).toEqual(['y', 'x']);
    expect(result.get('x')).toEqual(['q', 'y']);
  });

  it('matches words whatever their case and plural ending', () => {
    const result = relatedPapers([
      paper('a', 'Sparse Retrieval Models'),
      paper('b', 'SPARSE RETRIEVAL MODEL'),
      ...['Protein folding', 'Graph colouring', 'Sorting networks'].map((title, i) => paper(`z${i}`, title)),
    ]);
    expect(result.get('a')).toEqual(['b']);
  });

  it('breaks ties by id', () => {
    const result = relatedPapers([
      paper('m', 'Protein folding'),
      paper('c', 'Protein folding'),
      paper('a', 'Protein folding'),
      paper('z', 'Graph colouring'),
      paper('y', 'Graph colouring'),
      paper('x', 'Sorting networks'),
    ]);
    expect(result.get('m')).toEqual(['a', 'c']);
    expect(result.get('a')).toEqual(['c', 'm']);
  });

  it('ignores stop words, numbers and words every paper has', () => {
    const result = relatedPapers([
      paper('a', 'The model of 2024', 'We propose a novel model.'),
      paper('b', 'The model of 2024', 'We propose a novel model.'),
      paper('c', 'Another model', 'We propose a model.'),
    ]);
    expect(result.get('a')).toEqual([]);
  });
});

describe('termOf', () => {
  it('drops stop words, numbers and single letters, and stems plurals lightly', () => {
    const words = [
      'the',
      'models',
      'of',
      '2024',
      'answer',
      'queries',
      'with',
      'classes',
      'bias',
      'and',
      'loss',
      'x',
    ];
    expect(words.map(termOf)).toEqual([
      undefined,
      'model',
      undefined,
      undefined,
      'answer',
      'query',
      undefined,
      'class',
      'bias',
      undefined,
      'loss',
      undefined,
    ]);
    expect(['corpus', 'analysis', 'boxes', 'ways', 'is'].map(stem)).toEqual([
      'corpus',
      'analysis',
      'box',
      'ways',
      'is',
    ]);
  });
});

describe('neighbourData on the seed dump', () => {
  const neighbours = nearestNeighbours(seedPapers, FOR_YOU_NEIGHBOURS);
  const data = neighbourData(neighbours);

  it('numbers the papers in id order and keeps each neighbour and its similarity in hundredths', () => {
    expect(data.ids).toEqual(seedPapers.map((p) => p.id).sort());
    data.ids.forEach((id, i) => {
      const pairs = data.near[i]!;
      expect(pairs.length).toBe(neighbours.get(id)!.length * 2);
      neighbours.get(id)!.forEach((n, k) => {
        expect(data.ids[pairs[2 * k]!]).toBe(n.id);
        expect(pairs[2 * k + 1]).toBe(Math.round(n.score * 100));
      });
    });
  });

  it('stays a few dozen bytes per paper beyond its id', () => {
    const idBytes = data.ids.reduce((sum, id) => sum + id.length + 3, 0);
    expect((JSON.stringify(data).length - idBytes) / data.ids.length).toBeLessThan(48);
  });
});
