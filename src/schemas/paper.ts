/**
 * The paper record: the one schema the parser validates its output with and
 * Astro's content collection (`src/content.config.ts`) reads `content/papers.json` with.
 */
import { z } from 'astro/zod';

/** A calendar day, `YYYY-MM-DD`, that exists (no Feb 30). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((value) => new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    message: 'not a real calendar day',
  });

/** A URL slug: lowercase ASCII letters and digits, separated by single hyphens. */
export const SlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase slug');

/** What a link in an abstract points at. */
export const LinkKindSchema = z.enum([
  /** Source code: GitHub, GitLab, Bitbucket, Codeberg… */
  'code',
  /** A model, dataset or Space on the Hugging Face hub. */
  'model',
  /** Any other page: a project site, a demo, a paper. */
  'project',
]);

/** A link found in an abstract: only http(s), repaired and trimmed of trailing punctuation. */
export const LinkSchema = z.strictObject({
  /** Absolute `http:` or `https:` URL. */
  url: z.url({ protocol: /^https?$/ }),
  /** What the link points at. */
  kind: LinkKindSchema,
});

export const PaperSchema = z.strictObject({
  /** URL slug of the title; stable, unique, collisions get `-2`, `-3`… in order of appearance. */
  id: SlugSchema,
  /** The title line: trimmed, inner whitespace collapsed, LaTeX kept as written. */
  title: z.string().min(1),
  /** The abstract paragraph: trimmed, whitespace collapsed, otherwise verbatim. */
  abstract: z.string(),
  /** Number of authors, or null when the entry names an organisation or has no metadata. */
  authorCount: z.number().int().positive().nullable(),
  /** The organisation that published the paper (`Sony Sony` in a dump means `Sony`), or null. */
  organization: z.string().min(1).nullable(),
  /** Publication day, or null when the entry has no metadata block. */
  publishedOn: IsoDateSchema.nullable(),
  /** Upvotes in the latest dump that holds the paper; 0 when absent. */
  upvotes: z.number().int().nonnegative(),
  /** URLs found in the abstract, in order of appearance, without duplicates. */
  links: z.array(LinkSchema),
  /** Topic tag ids from `content/tags.yaml`, in taxonomy order. */
  tags: z.array(SlugSchema),
  /** Dates of every dump the paper appeared in, ascending. */
  digests: z.array(IsoDateSchema).min(1),
  /** Where the paper first appeared: project-relative dump file and 1-based line of its title. */
  source: z.strictObject({
    file: z.string().min(1),
    line: z.number().int().positive(),
  }),
});

/** The whole collection as written to `content/papers.json`: ids are unique. */
export const PapersSchema = z.array(PaperSchema).superRefine((papers, ctx) => {
  const seen = new Set<string>();
  papers.forEach((paper, index) => {
    if (seen.has(paper.id)) {
      ctx.addIssue({ code: 'custom', message: `duplicate id "${paper.id}"`, path: [index, 'id'] });
    }
    seen.add(paper.id);
  });
});

export type Paper = z.infer<typeof PaperSchema>;
export type Link = z.infer<typeof LinkSchema>;
export type LinkKind = z.infer<typeof LinkKindSchema>;
