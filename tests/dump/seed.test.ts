/**
 * The seed dump (`content/dumps/2025-12-10.txt`, 39 papers): concrete values checked by hand against the file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeDump } from '../../src/lib/dump/decode.ts';
import { parseDump } from '../../src/lib/dump/parse.ts';
import { PapersSchema, type Paper } from '../../src/schemas/paper.ts';
import { SEED, SEED_FILE } from '../support/parser.ts';

const result = parseDump(readFileSync(SEED, 'utf8'), { file: SEED_FILE, date: '2025-12-10' });

function paper(titleStart: string): Paper {
  const found = result.papers.filter((p) => p.title.startsWith(titleStart));
  expect(found, titleStart).toHaveLength(1);
  return found[0] as Paper;
}

describe('the seed dump', () => {
  it('holds exactly 39 valid records with unique ids, in file order', () => {
    expect(result.papers).toHaveLength(39);
    expect(PapersSchema.safeParse(result.papers).success).toBe(true);
    const lines = result.papers.map((p) => p.source.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(lines[0]).toBe(13);
    expect(lines.at(-1)).toBe(313);
    expect(result.papers.every((p) => p.digests.join() === '2025-12-10' && p.tags.length === 0)).toBe(true);
  });

  it('reads the page date from the chrome', () => {
    expect(result.pageDate).toBe('2025-12-10');
  });

  it('yields one warning: Encoder-Decoder Gemma at line 61 has no metadata block', () => {
    expect(result.diagnostics).toEqual([
      {
        file: SEED_FILE,
        line: 61,
        column: 1,
        severity: 'warning',
        message: 'entry has no metadata block: no date, no author count',
        rule: 'missing-metadata',
      },
    ]);
    const gemma = paper('Encoder-Decoder Gemma');
    expect(gemma).toMatchObject({ publishedOn: null, authorCount: null, organization: null, comments: null });
    expect(gemma.source).toEqual({ file: SEED_FILE, line: 61, format: 'plain' });
    expect(gemma.abstract).toMatch(/^While decoder-only large language models.*future research\.$/);
  });

  it('Multimodal Mamba: 2025-02-18, 2 comments, 8 authors, code link', () => {
    expect(paper('Multimodal Mamba')).toMatchObject({
      id: 'multimodal-mamba-decoder-only-multimodal-state-space-model-via-quadratic-to',
      title:
        'Multimodal Mamba: Decoder-only Multimodal State Space Model via Quadratic to Linear Distillation',
      publishedOn: '2025-02-18',
      comments: 2,
      authorCount: 8,
      organization: null,
      links: [{ url: 'https://github.com/hustvl/mmMamba', kind: 'code' }],
      source: { file: SEED_FILE, line: 37, format: 'plain' },
    });
  });

  it('SoundReactor: organisation Sony, 2025-10-02, 2 comments, project page', () => {
    expect(paper('SoundReactor')).toMatchObject({
      organization: 'Sony',
      authorCount: null,
      publishedOn: '2025-10-02',
      comments: 2,
      links: [{ url: 'https://koichi-saito-sony.github.io/soundreactor/', kind: 'project' }],
    });
  });

  it('CodeT5: 2021-09-02, the broken link repaired, the abstract verbatim', () => {
    const codeT5 = paper('CodeT5');
    expect(codeT5).toMatchObject({
      publishedOn: '2021-09-02',
      authorCount: 4,
      comments: 0,
      links: [{ url: 'https://github.com/salesforce/CodeT5', kind: 'code' }],
    });
    expect(codeT5.abstract.endsWith('are released at https: //github.com/salesforce/CodeT5 .')).toBe(true);
  });

  it('dates with and without a year, with and without a comment count', () => {
    expect(paper('What Language Model Architecture').publishedOn).toBe('2022-04-12');
    expect(paper('Causal2Vec')).toMatchObject({ publishedOn: '2025-07-31', authorCount: 3, comments: 0 });
    expect(paper('Adapting LLaMA Decoder')).toMatchObject({
      publishedOn: '2024-04-10',
      comments: 1,
      authorCount: 9,
    });
    expect(paper('Language Model Can Listen')).toMatchObject({ publishedOn: '2024-08-05', comments: 6 });
    expect(paper('Return of the Encoder')).toMatchObject({ publishedOn: '2025-01-27', comments: 2 });
    expect(paper('The Impossibility of Inverse')).toMatchObject({ publishedOn: '2025-09-28', comments: 0 });
  });

  it('author counts, including "1 authors" and 46 authors', () => {
    expect(paper('Future Token Prediction').authorCount).toBe(1);
    expect(paper('Granite Code Models')).toMatchObject({
      authorCount: 46,
      publishedOn: '2024-05-07',
      comments: 1,
    });
    expect(paper('Shall We Pretrain')).toMatchObject({ authorCount: 12, publishedOn: '2023-04-13' });
  });

  it('links: model kind, trailing period and comma stripped, fragment kept', () => {
    expect(paper('NV-Embed').links).toEqual([
      { url: 'https://huggingface.co/nvidia/NV-Embed-v1', kind: 'model' },
    ]);
    expect(paper('SteloCoder').links).toEqual([
      { url: 'https://github.com/sade-adrien/SteloCoder', kind: 'code' },
    ]);
    expect(paper('Seeing is Understanding').links).toEqual([
      { url: 'https://github.com/sony/aki', kind: 'code' },
    ]);
    expect(paper('Shall We Pretrain').links).toEqual([
      { url: 'https://github.com/NVIDIA/Megatron-LM#retro', kind: 'code' },
    ]);
    expect(paper('Adapting LLaMA Decoder').links).toEqual([]);
  });

  it('LaTeX titles kept verbatim, slugged readably', () => {
    expect(paper('$I^{2}$-World')).toMatchObject({
      title: '$I^{2}$-World: Intra-Inter Tokenization for Efficient Dynamic 4D Scene Forecasting',
      id: 'i2-world-intra-inter-tokenization-for-efficient-dynamic-4d-scene-forecasting',
      publishedOn: '2025-07-12',
    });
    expect(paper('$\\textit{Refiner}$')).toMatchObject({
      id: 'refiner-restructure-retrieval-content-efficiently-to-advance-question-answering',
      publishedOn: '2024-06-17',
      authorCount: 6,
    });
  });

  it('ids are bounded slugs cut at a word boundary', () => {
    expect(paper('Future Token Prediction').id).toBe(
      'future-token-prediction-causal-language-modelling-with-per-token-semantic-state',
    );
    expect(result.papers.every((p) => p.id.length <= 80)).toBe(true);
    expect(new Set(result.papers.map((p) => p.id)).size).toBe(39);
  });

  it('shows no upvotes (the plain copy of 2025 did not), so none is claimed; nothing else is known either', () => {
    expect(result.papers.every((p) => p.upvotes === null)).toBe(true);
    expect(result.papers.every((p) => p.arxivId === null && p.authors.length === 0)).toBe(true);
    expect(result.papers.every((p) => p.source.format === 'plain' && p.abstractKind === 'abstract')).toBe(
      true,
    );
    // 38 entries show a date; the one without a metadata block has no comment count.
    expect(result.papers.filter((p) => p.comments !== null)).toHaveLength(38);
  });

  it('re-saved as Windows-1252: the same 39 records, with one encoding warning', () => {
    const bytes = readFileSync(SEED);
    const text = new TextDecoder().decode(bytes);
    const cp1252 = Uint8Array.from(text, (char) => WINDOWS_1252[char] ?? char.charCodeAt(0));
    expect(cp1252.length).toBeLessThan(bytes.length);
    const decoded = decodeDump(cp1252);
    expect(decoded.windows1252At).toBeGreaterThan(0);
    const again = parseDump(decoded.text, {
      file: SEED_FILE,
      date: '2025-12-10',
      windows1252At: decoded.windows1252At as number,
    });
    expect(again.papers).toEqual(result.papers);
    expect(again.diagnostics.filter((d) => d.rule === 'encoding')).toHaveLength(1);
    expect(again.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('the seed dump with one stray byte', () => {
  it('keeps every UTF-8 character, reads the byte as Windows-1252 and warns once, at it', () => {
    // "Causal2Vec: Improving" becomes "Causal2Vec: Café Improving" with é as the single byte 0xE9.
    const bytes = readFileSync(SEED);
    const at = bytes.indexOf('Causal2Vec: Improving') + 'Causal2Vec: '.length;
    const edited = Buffer.concat([
      bytes.subarray(0, at),
      Buffer.from('Caf\xe9 ', 'latin1'),
      bytes.subarray(at),
    ]);
    const decoded = decodeDump(edited);
    const again = parseDump(decoded.text, {
      file: SEED_FILE,
      date: '2025-12-10',
      windows1252At: decoded.windows1252At as number,
    });
    expect(again.papers).toHaveLength(39);
    expect(again.papers[0]!.title).toBe(
      'Causal2Vec: Café Improving Decoder-only LLMs as Versatile Embedding Models',
    );
    expect(again.papers.slice(1)).toEqual(result.papers.slice(1));
    // Line 13, column 16: the é after "Causal2Vec: Caf".
    expect(again.diagnostics.filter((d) => d.rule === 'encoding')).toMatchObject([{ line: 13, column: 16 }]);
    expect(again.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

/** The seed's one character outside Latin-1 (its `·` is Latin-1's 0xB7), as Windows-1252 encodes it. */
const WINDOWS_1252: Record<string, number> = { '•': 0x95 };
