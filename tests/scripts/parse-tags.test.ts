/**
 * Tagging inside the parse command, with small real taxonomies (the default one is tested on its own):
 * tags set from the taxonomy, `untagged` warnings at each bare paper's source line, taxonomy
 * diagnostics passed through, tagging skipped when there is no taxonomy file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeProject, runParse, SEED, SEED_FILE } from '../support/parser.ts';

/** One tag whose only rule is the word "embedding" in a title: four seed papers have it. */
const EMBEDDINGS = `tags:
  - id: embeddings
    label: Embeddings
    description: Embedding models.
    titlePhrases: [embedding]
`;

const seed = readFileSync(SEED);

async function parseWithTaxonomy(taxonomy: string | null, args: string[] = []) {
  const cwd = await makeProject({ [SEED_FILE]: seed, 'content/tags.yaml': taxonomy });
  const result = await runParse(args, cwd);
  const output = JSON.parse(readFileSync(path.join(cwd, 'content/papers.json'), 'utf8'));
  return { ...result, papers: output as { title: string; tags: string[] }[] };
}

describe('tagging in the parse command', () => {
  it('sets tags and warns at the source line of every untagged paper', async () => {
    const { code, stderr, papers } = await parseWithTaxonomy(EMBEDDINGS);
    expect(code).toBe(0);
    const tagged = papers.filter((p) => p.tags.length > 0).map((p) => p.title.split(':')[0]);
    expect(tagged).toEqual(['Causal2Vec', 'NV-Embed', 'GEM', 'LG-ANNA-Embedding technical report']);
    const lines = stderr.trimEnd().split('\n');
    expect(lines.filter((l) => l.endsWith('[untagged]'))).toHaveLength(35);
    expect(lines[0]).toBe(
      `${SEED_FILE}:21:1: warning: paper has no tag: no rule in content/tags.yaml matches its title or abstract; ` +
        "add a phrase to a tag's rules [untagged]",
    );
    expect(lines.at(-1)).toBe('39 papers from 1 dump: 0 errors, 36 warnings');
  });

  it('reports taxonomy mistakes at their line and column, and writes nothing', async () => {
    const duplicate = `${EMBEDDINGS}  - id: embeddings\n    label: Again\n    description: Twice.\n    phrases: [vector]\n`;
    const cwd = await makeProject({ [SEED_FILE]: seed, 'content/tags.yaml': duplicate });
    const { code, stderr } = await runParse([], cwd);
    expect(code).toBe(1);
    expect(stderr).toContain(
      'content/tags.yaml:6:9: error: tags[1].id: duplicate tag id "embeddings": each id must be unique [duplicate-tag-id]\n',
    );
    expect(() => readFileSync(path.join(cwd, 'content/papers.json'))).toThrow(/ENOENT/);
  });

  it('reports a YAML syntax error without a stack', async () => {
    const cwd = await makeProject({ [SEED_FILE]: seed, 'content/tags.yaml': 'tags: [\n' });
    const { code, stderr } = await runParse([], cwd);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^content\/tags\.yaml:2:1: error: .+ \[yaml-syntax\]$/m);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('skips tagging with a warning without the taxonomy file, and stops when --tags names a missing one', async () => {
    const { code, stderr, papers } = await parseWithTaxonomy(null);
    expect(code).toBe(0);
    expect(papers.every((p) => p.tags.length === 0)).toBe(true);
    expect(stderr).toBe(
      `${SEED_FILE}:61:1: warning: entry has no metadata block: no date, no author count [missing-metadata]\n` +
        'content/tags.yaml:1:1: warning: the taxonomy is missing, so no paper gets a topic and the site has no ' +
        'topic pages: restore it (git checkout content/tags.yaml) or pass --tags FILE [no-taxonomy]\n' +
        '39 papers from 1 dump: 0 errors, 2 warnings\n',
    );
    const cwd = await makeProject({ [SEED_FILE]: seed, 'content/tags.yaml': null });
    const explicit = await runParse(['--tags', 'taxonomy/tags.yaml'], cwd);
    expect(explicit).toMatchObject({
      code: 2,
      stderr: 'taxonomy/tags.yaml: error: cannot read the file: no such file or directory\n',
    });
  });
});
