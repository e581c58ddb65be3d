/**
 * The taxonomy as the site reads it: the tags of `content/tags.yaml` (or `file`), none when the file is
 * absent (the site then lists tags by id). The parser, which reports the file's problems, has run first.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Tag } from '../../schemas/taxonomy.ts';
import { loadTaxonomy } from '../tags/load.ts';

/** The taxonomy's tags, in order; none when `file` does not exist. */
export function readTags(file = process.env['TAGS_FILE'] ?? 'content/tags.yaml'): Tag[] {
  if (!existsSync(file)) return [];
  return loadTaxonomy(readFileSync(file, 'utf8'), file).taxonomy.tags;
}

/** The label of each tag id. */
export function tagLabels(tags: readonly Pick<Tag, 'id' | 'label'>[]): Map<string, string> {
  return new Map(tags.map((tag) => [tag.id, tag.label]));
}
