/**
 * Structured data for search engines: a schema.org `ScholarlyArticle` per paper page, and the one safe
 * way to put JSON-LD into a `<script>` element.
 */
import type { Paper } from '../../schemas/paper.ts';
import { arxivPages } from './external-links.ts';
import { plainTitle } from '../render/html.ts';

/**
 * JSON for an inline `<script type="application/ld+json">`: `<`, `>` and `&` written as `\u003c`…
 * so text such as `</script>` or `<!--` in the data cannot end the element. Still valid JSON.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
}

const TYPE_BY_KIND = { code: 'SoftwareSourceCode', model: 'CreativeWork', project: 'WebPage' } as const;

/**
 * A schema.org `ScholarlyArticle` describing one paper: name, its whole abstract as `description` (as plain
 * text, when given: the meta tags carry only a teaser), datePublished (when known), url (its page here), keywords (tag labels), the authors by name
 * (else the organisation), the arXiv id as `identifier` with its Hugging Face and arXiv pages as `sameAs`
 * (when known), upvotes (only when known: an unknown count is not 0), the code repository, and the links of
 * its abstract as `mentions` (code as `SoftwareSourceCode`, others as pages; none, no `mentions`). The URL is not repeated
 * (`@id`, `mainEntityOfPage` would say it again).
 */
export function scholarlyArticle(
  paper: Paper,
  options: {
    /** The title as plain text, when the caller has it already. */
    name?: string;
    url: string;
    description?: string;
    tagLabels?: ReadonlyMap<string, string>;
    sameAs?: readonly string[];
  },
): Record<string, unknown> {
  const name = options.name ?? plainTitle(paper.title);
  const pages = arxivPages(paper.arxivId);
  const sameAs = [...(pages ? [pages.huggingFace, pages.abs] : []), ...(options.sameAs ?? [])];
  const author =
    paper.authors.length > 0
      ? paper.authors.map((person) => ({ '@type': 'Person', name: person }))
      : paper.organization === null
        ? undefined
        : { '@type': 'Organization', name: paper.organization };
  // A repository is named once, by `codeRepository`: a `url` beside it would repeat it on every page.
  const mentions: Record<string, string>[] = paper.links.map((link) =>
    link.kind === 'code'
      ? { '@type': TYPE_BY_KIND.code, codeRepository: link.url }
      : { '@type': TYPE_BY_KIND[link.kind], url: link.url },
  );
  if (paper.githubRepo !== null && !paper.links.some((link) => link.url === paper.githubRepo)) {
    mentions.unshift({ '@type': TYPE_BY_KIND.code, codeRepository: paper.githubRepo });
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    name,
    headline: name.length > 110 ? `${name.slice(0, 109)}…` : name,
    ...(options.description ? { description: options.description } : {}),
    ...(paper.publishedOn === null ? {} : { datePublished: paper.publishedOn }),
    url: options.url,
    inLanguage: 'en',
    keywords: paper.tags.map((tag) => options.tagLabels?.get(tag) ?? tag),
    ...(author === undefined ? {} : { author }),
    ...(paper.arxivId === null || pages === null
      ? {}
      : { identifier: { '@type': 'PropertyValue', propertyID: 'arXiv', value: paper.arxivId } }),
    ...(sameAs.length > 0 ? { sameAs } : {}),
    ...(paper.upvotes === null
      ? {}
      : {
          interactionStatistic: {
            '@type': 'InteractionCounter',
            interactionType: 'https://schema.org/LikeAction',
            userInteractionCount: paper.upvotes,
          },
        }),
    ...(mentions.length > 0 ? { mentions } : {}),
  };
}
