/**
 * `content/tags.yaml` → a validated taxonomy and diagnostics that point at the line and column of the problem.
 * Syntax errors come from the YAML parser; schema errors from `TaxonomySchema`, placed on the offending node.
 */
import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import type { z } from 'astro/zod';
import type { Diagnostic } from '../dump/diagnostics.ts';
import { TagSchema, TaxonomySchema } from '../../schemas/taxonomy.ts';
import type { Tag, Taxonomy } from '../../schemas/taxonomy.ts';

export interface LoadedTaxonomy {
  /** The taxonomy; when the file has errors, only the tags that are valid on their own (possibly none). */
  taxonomy: Taxonomy;
  diagnostics: Diagnostic[];
}

type Path = readonly PropertyKey[];

/** Parses and validates the taxonomy text; never throws on bad input. */
export function loadTaxonomy(text: string, file: string): LoadedTaxonomy {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };

  const diagnostics: Diagnostic[] = [
    ...doc.errors.map((e) => ({
      ...at(e.pos[0]),
      severity: 'error' as const,
      message: e.message,
      rule: 'yaml-syntax',
    })),
    ...doc.warnings.map((w) => ({
      ...at(w.pos[0]),
      severity: 'warning' as const,
      message: w.message,
      rule: 'yaml',
    })),
  ];
  if (doc.errors.length > 0) return { taxonomy: { tags: [] }, diagnostics };

  const data: unknown = doc.toJS();
  if (data === null || data === undefined) {
    diagnostics.push({
      ...at(0),
      severity: 'error',
      message:
        'the taxonomy is empty: write "tags:" and a list of topics (the comments atop ' +
        'content/tags.yaml show one), or "tags: []" for a site without topics',
      rule: 'taxonomy-schema',
    });
    return { taxonomy: { tags: [] }, diagnostics };
  }
  const parsed = TaxonomySchema.safeParse(data);
  if (parsed.success) return { taxonomy: parsed.data, diagnostics };

  for (const issue of parsed.error.issues) {
    for (const { path, offset } of issuePlaces(doc, issue)) {
      diagnostics.push({
        ...at(offset),
        severity: 'error',
        message: `${formatPath(path)}${issue.message}`,
        rule: ruleOf(issue),
      });
    }
  }
  return { taxonomy: salvage(data), diagnostics };
}

/** Where an issue belongs: the node at its path, or for unknown keys each key itself. */
function issuePlaces(doc: Document, issue: z.core.$ZodIssue): { path: Path; offset: number }[] {
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    const map = doc.getIn(path as unknown[], true);
    return issue.keys.map((key) => {
      const pair = isMap(map)
        ? map.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key)
        : null;
      const keyNode = pair && isNode(pair.key) ? pair.key : null;
      return { path: [...path, key], offset: keyNode?.range?.[0] ?? nearestOffset(doc, path) };
    });
  }
  return [{ path, offset: nearestOffset(doc, path) }];
}

/** Start of the deepest existing node along `path` (a missing key points at the map that lacks it). */
function nearestOffset(doc: Document, path: Path): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return (node as YamlNode).range![0];
  }
  return 0;
}

/** `tags[3].id: ` — the path in the YAML file, in the notation a reader would write. */
function formatPath(path: Path): string {
  if (path.length === 0) return '';
  const text = path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
  return `${text}: `;
}

function ruleOf(issue: z.core.$ZodIssue): string {
  const rule = issue.code === 'custom' ? (issue.params as { rule?: unknown } | undefined)?.rule : undefined;
  return typeof rule === 'string' ? rule : 'taxonomy-schema';
}

/** From a taxonomy with errors, keep the settings and the tags that are valid on their own (first of each id). */
function salvage(data: unknown): Taxonomy {
  const record = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const settings = TaxonomySchema.pick({ threshold: true, weights: true }).safeParse({
    threshold: record['threshold'],
    weights: record['weights'],
  });
  const tags: Tag[] = [];
  const ids = new Set<string>();
  for (const raw of Array.isArray(record['tags']) ? record['tags'] : []) {
    const tag = TagSchema.safeParse(raw);
    if (tag.success && !ids.has(tag.data.id)) {
      ids.add(tag.data.id);
      tags.push(tag.data);
    }
  }
  return { ...(settings.success ? settings.data : {}), tags };
}
