/**
 * Validation of the final records with the one paper schema, with Zod's issues turned into
 * diagnostics that name the record, the failing field and the value found.
 */
import type { z } from 'astro/zod';
import type { Diagnostic } from './diagnostics.ts';
import { PapersSchema, type Paper } from '../../schemas/paper.ts';

/** `[3, 'links', 0, 'url']` → `links[0].url` (the record index is named separately). */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/**
 * Checks records against `PapersSchema`. Each issue becomes one error at the source line of the
 * record it concerns (or at `fallbackFile` when it concerns the whole list), rule `schema`.
 */
export function validatePapers(papers: readonly Paper[], fallbackFile: string): Diagnostic[] {
  const result = PapersSchema.safeParse(papers);
  return result.success ? [] : result.error.issues.map((issue) => toDiagnostic(issue, papers, fallbackFile));
}

function toDiagnostic(issue: z.core.$ZodIssue, papers: readonly Paper[], fallbackFile: string): Diagnostic {
  const [index, ...field] = issue.path;
  const paper = typeof index === 'number' ? papers[index] : undefined;
  const where = paper === undefined ? 'the list of records' : `record "${paper.title.slice(0, 60)}"`;
  const fieldName = field.length === 0 ? '' : ` field ${formatIssuePath(field)}`;
  const found = valueAt(papers, issue.path);
  return {
    file: paper?.source.file ?? fallbackFile,
    line: paper?.source.line ?? 1,
    column: 1,
    severity: 'error',
    message:
      `${where}${fieldName} fails the paper schema: ${issue.message}` +
      `${found === undefined ? '' : ` (found ${found})`}; ` +
      'fix the entry in the dump, or report a parser bug if the entry looks right',
    rule: 'schema',
  };
}

/** The value at a path, as short JSON, or undefined when there is none. */
function valueAt(root: unknown, path: readonly PropertyKey[]): string | undefined {
  let value: unknown = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  if (value === undefined || (typeof value === 'object' && value !== null)) return undefined;
  const json = JSON.stringify(value);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}
