/**
 * The tag taxonomy: the schema of `content/tags.yaml`, which a maintainer edits.
 * `src/lib/tags/` loads it (YAML positions → diagnostics) and tags papers with it.
 */
import { z } from 'astro/zod';
import { SlugSchema } from './paper.ts';

/** Score a tag needs when neither the tag nor the taxonomy sets `threshold`. */
export const DEFAULT_THRESHOLD = 3;
/** Points per match when the taxonomy sets no `weights`: one title match is enough, an abstract needs three. */
export const DEFAULT_WEIGHTS = { title: 3, abstract: 1 } as const;

/** Text that fits on one line (labels and descriptions are shown in lists and tooltips). */
const OneLineSchema = z
  .string()
  .trim()
  .min(1, { message: 'must not be empty', abort: true })
  .regex(/^[^\r\n]*$/, 'must fit on one line');

/**
 * Words separated by spaces or hyphens (`mixture of experts`, `text-to-image`). A phrase matches whole words,
 * case-insensitively; a space and a hyphen match each other and the last word may take a plural `s`/`es`.
 */
export const PhraseSchema = z
  .string()
  .trim()
  .min(1, { message: 'a phrase must not be empty', abort: true })
  .regex(
    /^[\p{L}\p{N}]+(?:[\s-]+[\p{L}\p{N}]+)*$/u,
    'a phrase holds only letters, digits, spaces and hyphens; write a pattern for anything else',
  );

/** Why a pattern cannot be used, or null when it is fine. */
function patternProblem(source: string): string | null {
  let regex: RegExp;
  try {
    regex = new RegExp(source, 'u');
  } catch (error) {
    return `invalid regular expression: ${(error as Error).message}`;
  }
  return regex.test('') ? 'the pattern matches the empty string, so it would match everywhere' : null;
}

/**
 * A JavaScript regular expression (Unicode mode), matched case-insensitively over whole words: it may not
 * start or end inside a word. For what phrases cannot say: `\w+Coder`, `C\+\+`, `embed(?:ding)?s?`.
 */
export const PatternSchema = z.string().superRefine((source, ctx) => {
  const problem = patternProblem(source);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, params: { rule: 'invalid-pattern' } });
});

/** One topic a paper can be about. */
export const TagSchema = z
  .strictObject({
    /** Stable slug, used in URLs (`/tags/<id>/`) and in each record's `tags`. */
    id: SlugSchema,
    /** Human-readable name shown on chips and pages, e.g. `Speech & audio`. */
    label: OneLineSchema,
    /** One line saying what belongs under this tag, shown on the tags index. */
    description: OneLineSchema,
    /** Phrases that count as evidence for the tag; each occurrence scores the weight of its field. */
    phrases: z.array(PhraseSchema).optional(),
    /** Phrases that count only in the title: words too common in abstracts to mean anything there (`code`). */
    titlePhrases: z.array(PhraseSchema).optional(),
    /** Regular expressions that count like phrases, for what a phrase cannot say. */
    patterns: z.array(PatternSchema).optional(),
    /** Score this tag needs, overriding the taxonomy's `threshold` (raise it for broad topics). */
    threshold: z.number().positive().optional(),
  })
  .refine((tag) => [tag.phrases, tag.titlePhrases, tag.patterns].some((rules) => rules?.length), {
    message: 'the tag has no match rules: give it at least one phrase, title phrase or pattern',
    params: { rule: 'empty-tag-rules' },
  });

/** The whole of `content/tags.yaml`. */
export const TaxonomySchema = z.strictObject({
  /** Score a tag needs to apply to a paper, unless the tag sets its own (default 3). */
  threshold: z.number().positive().optional(),
  /** Points each match scores, by field: a title match weighs more than an abstract match. */
  weights: z
    .strictObject({
      /** Points per match in the title (default 3). */
      title: z.number().nonnegative().optional(),
      /** Points per match in the abstract (default 1). */
      abstract: z.number().nonnegative().optional(),
    })
    .optional(),
  /** The tags, in the order the site lists them and records hold them; `[]` for a site without topics. */
  tags: z.array(TagSchema).superRefine(
    (tags: unknown, ctx) => {
      if (!Array.isArray(tags)) return;
      const seen = new Set<string>();
      tags.forEach((tag, index) => {
        const id = (tag as { id?: unknown } | null)?.id;
        if (typeof id !== 'string') return;
        if (seen.has(id)) {
          ctx.addIssue({
            code: 'custom',
            message: `duplicate tag id "${id}": each id must be unique`,
            path: [index, 'id'],
            params: { rule: 'duplicate-tag-id' },
          });
        }
        seen.add(id);
      });
    },
    // Report duplicates even when another tag has an error of its own.
    { when: () => true },
  ),
});

export type Tag = z.infer<typeof TagSchema>;
export type Taxonomy = z.infer<typeof TaxonomySchema>;
