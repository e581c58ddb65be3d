import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareInThreads, type TextsKept } from '../../src/integrations/prepare.ts';
import { NEIGHBOURS, type Prepared } from '../../src/lib/site/prepared.ts';
import { paperText } from '../../src/lib/site/paper-text.ts';
import { nearestNeighbours } from '../../src/lib/site/related/rank.ts';
import { seedPaper, seedPapers } from '../support/seed.ts';

let work: string;
let prepared: Awaited<ReturnType<typeof prepare>>;

/** What `prepareInThreads` makes of `papersFile`, once both threads are done. */
async function prepare(papersFile: string, cacheFile: string): Promise<Prepared & TextsKept> {
  const offer = prepareInThreads(papersFile, cacheFile);
  const [texts, neighbours, kept] = await Promise.all([offer.texts, offer.neighbours, offer.kept]);
  return { texts, neighbours, ...kept };
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'prepared-'));
  await writeFile(join(work, 'papers.json'), JSON.stringify(seedPapers));
  prepared = await prepare(join(work, 'papers.json'), join(work, 'cache/texts.ndjson'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('prepareInThreads on the seed records', () => {
  it("gives every paper its texts: the title with KaTeX and as plain text, the abstract's paragraph and plain text", () => {
    expect(prepared.texts.size).toBe(39);
    const world = prepared.texts.get(seedPaper('$I^{2}$-World:').id)!;
    expect(world.titleText).toBe(
      'I2-World: Intra-Inter Tokenization for Efficient Dynamic 4D Scene Forecasting',
    );
    expect(world.titleHtml).toMatch(/^<span class="katex">.*-World: Intra-Inter Tokenization/);
    expect(world.abstractHtml).toMatch(/^<p>Forecasting the evolution of 3D scenes.*<\/p>$/s);
    expect(world.abstractHtml).toContain('href="https://github.com/lzzzzzm/II-World"');
    // Outside dollars, `I^{2}` is text; the escaped percent signs are TeX remnants, repaired.
    expect(world.abstractText).toContain('we propose I^{2}-World, an efficient framework');
    expect(world.abstractText).toContain('by 25.1% in mIoU and 36.9% in IoU');
  });

  it('gives every paper its nearest neighbours: Time-MoE has AutoTimes, the 4D-scene paper none', () => {
    const near = (start: string) => prepared.neighbours.get(seedPaper(start).id)!.map((n) => n.id);
    expect(near('Time-MoE:')).toContain(seedPaper('AutoTimes:').id);
    expect(near('$I^{2}$-World:')).toEqual([]);
  });

  it('is what this thread makes, Maps and all, with no text from the empty cache', () => {
    const texts = new Map(seedPapers.map((paper) => [paper.id, paperText(paper)]));
    expect(prepared).toEqual({ texts, neighbours: nearestNeighbours(seedPapers, NEIGHBOURS), reused: 0 });
  });

  it('takes every text from the cache file the last run left, and makes the same data', async () => {
    const again = await prepare(join(work, 'papers.json'), join(work, 'cache/texts.ndjson'));
    expect(again).toEqual({ ...prepared, reused: 39 });
  });

  it('still prepares everything when the cache file cannot be written, and says why', async () => {
    const unwritable = join(work, 'papers.json', 'texts.ndjson');
    const { texts, reused, unsaved } = await prepare(join(work, 'papers.json'), unwritable);
    expect([texts.size, reused]).toEqual([39, 0]);
    expect(unsaved).toMatch(/^EEXIST: .*papers\.json/);
  });

  it('rejects with the error of a papers file that cannot be read, naming it', async () => {
    const missing = join(work, 'missing.json');
    await expect(prepare(missing, join(work, 'cache/texts.ndjson'))).rejects.toThrow(missing);
  });
});
