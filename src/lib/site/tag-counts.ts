/**
 * Tags with the number of papers carrying each, for the tags index and the filter. Pure.
 */
import type { Paper } from '../../schemas/paper.ts';

/** A tag as the site lists it. */
export interface TagSummary {
  /** Tag id (slug), as in the records' `tags`. */
  id: string;
  /** Human label. */
  label: string;
  /** One-line description. */
  description: string;
  /** Papers that carry the tag. */
  count: number;
}

/** Turns an unknown id into a label: `speech-audio` → `Speech audio`. */
export function labelFromId(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Every taxonomy tag in taxonomy order (count 0 included), then any tag found on a record but missing
 * from the taxonomy, in order of first appearance, labelled from its id.
 */
export function countTags(
  papers: readonly Pick<Paper, 'tags'>[],
  taxonomy: readonly { id: string; label: string; description: string }[],
): TagSummary[] {
  const counts = new Map<string, number>();
  for (const paper of papers)
    for (const tag of new Set(paper.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  const known = new Set(taxonomy.map((t) => t.id));
  const listed = taxonomy.map(({ id, label, description }) => ({
    id,
    label,
    description,
    count: counts.get(id) ?? 0,
  }));
  const extra = [...counts.keys()]
    .filter((id) => !known.has(id))
    .map((id) => ({ id, label: labelFromId(id), description: '', count: counts.get(id) ?? 0 }));
  return [...listed, ...extra];
}
