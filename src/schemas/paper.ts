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
export const SlugSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'expected a lowercase slug: letters a-z and digits, words joined by single hyphens (speech-recognition)',
  );

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

/** Which reader read an entry: the layout the maintainer saved the page in. */
export const DumpFormatSchema = z.enum([
  /** A plain browser copy: select all, copy, paste (the seed's layout and today's page). */
  'plain',
  /** Text with every link's target on a line of its own (reader and notebook exports). */
  'text-links',
  /** Markdown from a scraper, "copy as Markdown" or a reader mode. */
  'markdown',
  /** The page saved as HTML ("Save Page As"). */
  'html',
]);

/** An arXiv identifier: `2410.05434` (new style) or `hep-th/9901001` (old style), without version. */
export const ArxivIdSchema = z
  .string()
  .regex(/^(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})$/, 'expected an arXiv id such as 2410.05434');

const count = z.number().int().nonnegative();

/**
 * Characters that are not text: C0 and C1 controls (not tab, line breaks, vertical tab or form feed, which
 * are whitespace) and UTF-16 halves without their other half. No page, feed or export can carry them.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/;
export const NOT_TEXT = new RegExp(
  String.raw`${CONTROL.source}|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]`,
  'g',
);

/** Whether `value` holds no character that is not text (`NOT_TEXT`), tested the fast way. */
export function isText(value: string): boolean {
  return !CONTROL.test(value) && value.isWellFormed();
}

/** Longest title: longer text where a title belongs is a paragraph out of place. */
export const MAX_TITLE_LENGTH = 300;
/** Longest abstract: arXiv's hold at most 1,920 characters; longer text has more than the abstract in it. */
export const MAX_ABSTRACT_LENGTH = 5000;

/** A string a page shows: text only. */
const text = z.string().refine(isText, 'holds a control character or half a character pair');

export const PaperSchema = z.strictObject({
  /** URL slug of the title; stable, unique, collisions get `-2`, `-3`… in order of appearance. */
  id: SlugSchema,
  /** The title line: trimmed, inner whitespace collapsed, LaTeX kept as written. */
  title: text.min(1),
  /** The abstract paragraph: trimmed, whitespace collapsed, otherwise verbatim. */
  abstract: text,
  /** `summary` when the page showed a one-line summary instead of the abstract (trending pages). */
  abstractKind: z.enum(['abstract', 'summary']),
  /** The arXiv id, when the input links the paper's page; null otherwise. */
  arxivId: ArxivIdSchema.nullable(),
  /** Number of authors, or null when the entry names an organisation or has no metadata. */
  authorCount: z.number().int().positive().nullable(),
  /** Author names in order, when the input carries them (a saved HTML page); else empty. */
  authors: z.array(text.min(1)),
  /** The organisation that published the paper (`Sony Sony` in a dump means `Sony`), or null. */
  organization: text.min(1).nullable(),
  /** Publication day, or null when the entry has no metadata block. */
  publishedOn: IsoDateSchema.nullable(),
  /** Upvotes in the latest dump that shows them; null when no dump shows them (never 0 for unknown). */
  upvotes: count.nullable(),
  /** Comments in the latest dump that shows them (the number after the date); null when unknown. */
  comments: count.nullable(),
  /** Hub user who submitted the paper to Daily Papers, or null. */
  submittedBy: text.min(1).nullable(),
  /** The paper's code repository on GitHub, when the page links it; else null. */
  githubRepo: z
    .url({ protocol: /^https$/, hostname: /^github\.com$/ })
    .refine(
      (url) => URL.parse(url)?.href === url,
      'a URL written as parsed (no backslash, host in lower case)',
    )
    .nullable(),
  /** Stars of that repository as the page shows them (`3.29k` is 3290); null when not shown. */
  githubStars: count.nullable(),
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
    /** The reader that read the entry. */
    format: DumpFormatSchema,
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
export type DumpFormat = z.infer<typeof DumpFormatSchema>;
export type LinkKind = z.infer<typeof LinkKindSchema>;
