/**
 * Structured data for search engines: a schema.org `ScholarlyArticle` per paper page, and the one safe
 * way to put JSON-LD into a `<script>` element.
 */
import type { Paper } from '../schemas/paper.ts';
import { plainTitle } from './render.ts';

/**
 * JSON for an inline `<script type="application/ld+json">`: `<`, `>` and `&` written as `\u003c`…
 * so text such as `</script>` or `<!--` in the data cannot end the element. Still valid JSON.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
}

const TYPE_BY_KIND = { code: 'SoftwareSourceCode', model: 'CreativeWork', project: 'WebPage' } as const;

/**
 * A schema.org `ScholarlyArticle` describing one paper: name, description (the page's short one, when
 * given), datePublished (when known), url (its page here), keywords (tag labels), the organisation as
 * author, upvotes, and the links of its abstract as `mentions` (code as `SoftwareSourceCode`, others as
 * pages). The abstract itself is not repeated here: the page shows it, and a second copy in every page
 * weighed 15 MB of `dist/` at 10,000 papers; nor is the URL (`@id`, `mainEntityOfPage` would say it again).
 */
export function scholarlyArticle(
  paper: Paper,
  options: {
    url: string;
    description?: string;
    tagLabels?: ReadonlyMap<string, string>;
    sameAs?: readonly string[];
  },
): Record<string, unknown> {
  const name = plainTitle(paper.title);
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
    ...(paper.organization === null ? {} : { author: { '@type': 'Organization', name: paper.organization } }),
    ...(options.sameAs && options.sameAs.length > 0 ? { sameAs: [...options.sameAs] } : {}),
    interactionStatistic: {
      '@type': 'InteractionCounter',
      interactionType: 'https://schema.org/LikeAction',
      userInteractionCount: paper.upvotes,
    },
    mentions: paper.links.map((link) =>
      link.kind === 'code'
        ? { '@type': TYPE_BY_KIND.code, codeRepository: link.url, url: link.url }
        : { '@type': TYPE_BY_KIND[link.kind], url: link.url },
    ),
  };
}
