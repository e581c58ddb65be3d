// STUB: the content-libraries helper replaces this file (tag taxonomy and tagger).
import type { Diagnostic } from './diagnostics.ts';
import type { Paper } from '../schemas/paper.ts';

export interface Tag {
  id: string;
  label: string;
  description: string;
}
export interface Taxonomy {
  tags: Tag[];
}

/** Parses and validates `content/tags.yaml`; problems come back as diagnostics naming `file`. */
export function loadTaxonomy(text: string, file: string): { taxonomy: Taxonomy; diagnostics: Diagnostic[] } {
  void text;
  void file;
  return { taxonomy: { tags: [] }, diagnostics: [] };
}

/** The tag ids that apply to one paper, in taxonomy order. Pure. */
export function tagsFor(paper: Pick<Paper, 'title' | 'abstract'>, taxonomy: Taxonomy): string[] {
  void paper;
  void taxonomy;
  return [];
}
