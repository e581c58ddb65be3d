/** Papers' texts kept between builds: one JSON line each, for one version of the code, never an error to read. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paperText, type PaperText } from '../../src/lib/site/paper-text.ts';
import {
  readTextCache,
  textKey,
  textsWithCache,
  writeTextCache,
  type TextCache,
} from '../../src/lib/site/text-cache.ts';
import { seedPaper } from '../support/seed.ts';

let work = '';
beforeAll(() => (work = mkdtempSync(join(tmpdir(), 'text-cache-'))));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Texts no renderer makes, with what a line must keep: a line break, quotes, a non-ASCII letter. */
const odd: PaperText = {
  titleHtml: '<em>Café</em> "quoted"',
  titleText: 'Café "quoted"',
  abstractHtml: '<p>one\nline\u2028more</p>',
  abstractText: 'one\nline\u2028more',
};

describe('writeTextCache and readTextCache', () => {
  it('give back the texts written, for the version they were written for', () => {
    const file = join(work, 'deep/folder/texts.ndjson');
    const texts: TextCache = new Map([
      ['a', odd],
      ['b', { ...odd, titleText: 'B' }],
    ]);
    writeTextCache(file, 'v1', texts);
    expect(readFileSync(file, 'utf8').split('\n')).toHaveLength(4);
    expect(readTextCache(file, 'v1')).toEqual(texts);
  });

  it('read nothing from another version, a missing file, or a file cut short, not theirs or of another shape', () => {
    const file = join(work, 'texts.ndjson');
    writeTextCache(file, 'v1', new Map([['a', odd]]));
    expect(readTextCache(file, 'v2').size).toBe(0);
    expect(readTextCache(join(work, 'missing.ndjson'), 'v1').size).toBe(0);
    const whole = readFileSync(file, 'utf8');
    writeFileSync(file, whole.slice(0, whole.length - 10));
    expect(readTextCache(file, 'v1').size).toBe(0);
    writeFileSync(file, 'not json\n');
    expect(readTextCache(file, 'v1').size).toBe(0);
    writeFileSync(file, `${JSON.stringify({ version: 'v1' })}\n["a", "<p>only two</p>"]\n`);
    expect(readTextCache(file, 'v1').size).toBe(0);
  });
});

describe('textsWithCache', () => {
  const world = seedPaper('$I^{2}$-World:');
  const moe = seedPaper('Time-MoE:');

  it('takes a text the cache holds as it is, makes the others, and keeps only these papers', () => {
    const cache: TextCache = new Map([
      [textKey(world), odd],
      ['a paper no longer there', odd],
    ]);
    const { texts, cache: kept, reused } = textsWithCache([world, moe], cache);
    expect(reused).toBe(1);
    expect(texts.get(world.id)).toBe(odd);
    expect(texts.get(moe.id)).toEqual(paperText(moe));
    expect([...kept.keys()]).toEqual([textKey(world), textKey(moe)]);
  });

  it('makes the texts again when the title or the abstract changed', () => {
    const cache: TextCache = new Map([[textKey(world), odd]]);
    const edited = { ...world, abstract: `${world.abstract} Code is available.` };
    expect(textsWithCache([edited], cache).reused).toBe(0);
  });
});
