import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/lib/dump/diagnostics.ts';
import { loadTaxonomy } from '../../src/lib/tags/tag.ts';

const FILE = 'content/tags.yaml';

/** Diagnostics of a taxonomy text, printed as the command line prints them. */
function problems(text: string): string[] {
  return loadTaxonomy(text, FILE).diagnostics.map(formatDiagnostic);
}

const GOOD_TAG = `
  - id: speech
    label: Speech
    description: Speech recognition and synthesis.
    phrases: [speech]`;

describe('loadTaxonomy', () => {
  it('loads the shipped taxonomy without a diagnostic', () => {
    const { taxonomy, diagnostics } = loadTaxonomy(readFileSync(FILE, 'utf8'), FILE);
    expect(diagnostics).toEqual([]);
    expect(taxonomy.tags.length).toBeGreaterThanOrEqual(15);
    expect(taxonomy.tags.map((t) => t.id)).toContain('embeddings');
  });

  it('keeps settings and rules as written', () => {
    const { taxonomy, diagnostics } = loadTaxonomy(
      `threshold: 4\nweights: { title: 5, abstract: 2 }\ntags:${GOOD_TAG}\n    titlePhrases: [audio]\n    patterns: ['ASR\\d*']\n    threshold: 2\n`,
      FILE,
    );
    expect(diagnostics).toEqual([]);
    expect(taxonomy).toEqual({
      threshold: 4,
      weights: { title: 5, abstract: 2 },
      tags: [
        {
          id: 'speech',
          label: 'Speech',
          description: 'Speech recognition and synthesis.',
          phrases: ['speech'],
          titlePhrases: ['audio'],
          patterns: ['ASR\\d*'],
          threshold: 2,
        },
      ],
    });
  });

  it('reports a YAML syntax error at its line and column and returns no tags', () => {
    const { taxonomy, diagnostics } = loadTaxonomy(`tags:\n  - id: a\n    label: [unclosed\n`, FILE);
    expect(taxonomy.tags).toEqual([]);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics[0]).toMatchObject({ file: FILE, severity: 'error', rule: 'yaml-syntax' });
    expect(diagnostics[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it('reports a tab used for indentation where it is', () => {
    const [first] = problems(`tags:\n  - id: a\n\tlabel: A\n`);
    expect(first).toMatch(/^content\/tags\.yaml:3:1: error: .*\[yaml-syntax\]$/);
  });

  it('reports a duplicated key where the second one is', () => {
    expect(problems(`threshold: 2\nthreshold: 3\ntags:${GOOD_TAG}\n`)).toEqual([
      expect.stringMatching(/^content\/tags\.yaml:2:1: error: Map keys must be unique.*\[yaml-syntax\]$/),
    ]);
  });

  it('places a bad slug on the id value', () => {
    const text = `tags:${GOOD_TAG}\n  - id: Speech And Audio\n    label: S\n    description: d\n    phrases: [x]\n`;
    expect(problems(text)).toEqual([
      'content/tags.yaml:6:9: error: tags[1].id: expected a lowercase slug: letters a-z and digits, words joined ' +
        'by single hyphens (speech-recognition) [taxonomy-schema]',
    ]);
  });

  it('places a duplicate id on the second occurrence, and keeps the first tag', () => {
    const { taxonomy, diagnostics } = loadTaxonomy(`tags:${GOOD_TAG}${GOOD_TAG}\n`, FILE);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'content/tags.yaml:6:9: error: tags[1].id: duplicate tag id "speech": each id must be unique [duplicate-tag-id]',
    ]);
    expect(taxonomy.tags.map((t) => t.id)).toEqual(['speech']);
  });

  it('reports a duplicate id even when another tag has an error of its own', () => {
    const text = `tags:${GOOD_TAG}${GOOD_TAG}\n  - id: bad\n    label: B\n    description: d\n`;
    const rules = loadTaxonomy(text, FILE).diagnostics.map((d) => d.rule);
    expect(rules.sort()).toEqual(['duplicate-tag-id', 'empty-tag-rules']);
  });

  it('rejects a tag without rules, at the tag, and keeps the valid tags', () => {
    const text = `tags:${GOOD_TAG}\n  - id: empty\n    label: Empty\n    description: No rules.\n    phrases: []\n`;
    const { taxonomy, diagnostics } = loadTaxonomy(text, FILE);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'content/tags.yaml:6:5: error: tags[1]: the tag has no match rules: give it at least one phrase, title phrase or pattern [empty-tag-rules]',
    ]);
    expect(taxonomy.tags.map((t) => t.id)).toEqual(['speech']);
  });

  it('rejects an invalid regular expression at the pattern', () => {
    const text = `tags:\n  - id: a\n    label: A\n    description: d\n    patterns:\n      - 'ok'\n      - '(unclosed'\n`;
    const [only, ...rest] = loadTaxonomy(text, FILE).diagnostics;
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ line: 7, column: 9, severity: 'error', rule: 'invalid-pattern' });
    expect(only!.message).toMatch(/^tags\[0\]\.patterns\[1\]: invalid regular expression: /);
  });

  it('rejects a pattern that matches the empty string', () => {
    const text = `tags:\n  - id: a\n    label: A\n    description: d\n    patterns: ['x*']\n`;
    expect(problems(text)).toEqual([
      'content/tags.yaml:5:16: error: tags[0].patterns[0]: the pattern matches the empty string, so it would match everywhere [invalid-pattern]',
    ]);
  });

  it('rejects phrases with punctuation and empty phrases', () => {
    const text = `tags:\n  - id: a\n    label: A\n    description: d\n    phrases: ['C++', '  ']\n`;
    expect(problems(text)).toEqual([
      'content/tags.yaml:5:15: error: tags[0].phrases[0]: a phrase holds only letters, digits, spaces and hyphens; write a pattern for anything else [taxonomy-schema]',
      'content/tags.yaml:5:22: error: tags[0].phrases[1]: a phrase must not be empty [taxonomy-schema]',
    ]);
  });

  it('points an unknown key at the key itself', () => {
    const text = `tags:${GOOD_TAG}\n    phrase: [typo]\n`;
    expect(problems(text)).toEqual([
      'content/tags.yaml:6:5: error: tags[0].phrase: Unrecognized key: "phrase" [taxonomy-schema]',
    ]);
  });

  it('points a missing field at the tag that lacks it', () => {
    const text = `tags:\n  - id: a\n    description: d\n    phrases: [x]\n`;
    expect(problems(text)).toEqual([
      expect.stringMatching(/^content\/tags\.yaml:2:5: error: tags\[0\]\.label: .*\[taxonomy-schema\]$/),
    ]);
  });

  it('rejects a multi-line description and a non-positive threshold', () => {
    const text = `threshold: 0\ntags:\n  - id: a\n    label: A\n    description: "two\\nlines"\n    phrases: [x]\n`;
    expect(problems(text)).toEqual([
      expect.stringMatching(/^content\/tags\.yaml:1:12: error: threshold: .*\[taxonomy-schema\]$/),
      'content/tags.yaml:5:18: error: tags[0].description: must fit on one line [taxonomy-schema]',
    ]);
  });

  it('reports an empty file at 1:1, saying what to write', () => {
    const empty =
      'content/tags.yaml:1:1: error: the taxonomy is empty: write "tags:" and a list of topics (the comments atop ' +
      'content/tags.yaml show one), or "tags: []" for a site without topics [taxonomy-schema]';
    expect(problems('')).toEqual([empty]);
    expect(problems('# only a comment\n')).toEqual([empty]);
  });

  it('takes an empty list of tags as a site without topics, and no list as an error', () => {
    expect(problems('tags: []\n')).toEqual([]);
    expect(problems('tags:\n')).toEqual([
      'content/tags.yaml:1:6: error: tags: Invalid input: expected array, received null [taxonomy-schema]',
    ]);
  });
});
