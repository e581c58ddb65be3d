/**
 * Tagging inside the parse command, with a stand-in tagger (the real one is tested on its own):
 * tags set from the taxonomy, `untagged` warnings at each bare paper's source line, taxonomy
 * diagnostics passed through, tagging skipped when there is no taxonomy file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { makeProject, runParse, SEED, SEED_FILE } from './helpers.ts';

vi.mock('../../src/lib/tags.ts', () => ({
  loadTaxonomy: (text: string, file: string) => {
    if (text.includes('crash')) throw new Error('unexpected token at line 1');
    return {
      taxonomy: {
        tags: text.includes('no tags') ? [] : [{ id: 'embeddings', label: 'Embeddings', description: '' }],
      },
      diagnostics: text.includes('warn')
        ? [
            {
              file,
              line: 2,
              column: 3,
              severity: 'warning',
              message: 'rule matches no paper',
              rule: 'unused-rule',
            },
          ]
        : [],
    };
  },
  tagsFor: (paper: { title: string }) => (/embedding/i.test(paper.title) ? ['embeddings'] : []),
}));

const seed = readFileSync(SEED);

async function parseWithTaxonomy(taxonomy: string | null, args: string[] = []) {
  const files: Record<string, string | Buffer> = { [SEED_FILE]: seed };
  if (taxonomy !== null) files['content/tags.yaml'] = taxonomy;
  const cwd = await makeProject(files);
  const result = await runParse(args, cwd);
  const output = JSON.parse(readFileSync(path.join(cwd, 'content/papers.json'), 'utf8'));
  return { ...result, papers: output as { title: string; tags: string[] }[] };
}

describe('tagging in the parse command', () => {
  it('sets tags and warns at the source line of every untagged paper', async () => {
    const { code, stderr, papers } = await parseWithTaxonomy('tags: []\n');
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

  it('passes taxonomy diagnostics through', async () => {
    const { stderr } = await parseWithTaxonomy('warn\n');
    expect(stderr).toContain('content/tags.yaml:2:3: warning: rule matches no paper [unused-rule]\n');
  });

  it('reports a taxonomy that cannot be loaded as an error, without a stack', async () => {
    const cwd = await makeProject({ [SEED_FILE]: seed, 'content/tags.yaml': 'crash' });
    const { code, stderr } = await runParse([], cwd);
    expect(code).toBe(1);
    expect(stderr).toContain(
      'content/tags.yaml:1:1: error: cannot load the tag taxonomy: unexpected token at line 1 [taxonomy]\n',
    );
  });

  it('an empty taxonomy tags nothing and warns about nothing', async () => {
    const { stderr, papers } = await parseWithTaxonomy('no tags');
    expect(papers.every((p) => p.tags.length === 0)).toBe(true);
    expect(stderr).not.toContain('[untagged]');
  });

  it('skips tagging silently without a taxonomy file, but not when --tags names a missing one', async () => {
    const { code, stderr, papers } = await parseWithTaxonomy(null);
    expect(code).toBe(0);
    expect(papers.every((p) => p.tags.length === 0)).toBe(true);
    expect(stderr).toBe(
      `${SEED_FILE}:61:1: warning: entry has no metadata block: no date, no author count [missing-metadata]\n` +
        '39 papers from 1 dump: 0 errors, 1 warning\n',
    );
    const cwd = await makeProject({ [SEED_FILE]: seed });
    const explicit = await runParse(['--tags', 'taxonomy/tags.yaml'], cwd);
    expect(explicit).toMatchObject({
      code: 2,
      stderr: 'taxonomy/tags.yaml: error: cannot read the file: no such file or directory\n',
    });
  });
});
