/**
 * Links in an abstract: found, repaired where the copy broke them (`https: //`), trimmed of the
 * punctuation that ends a sentence, and classified as code, model or project.
 */
import type { Link, LinkKind } from '../../schemas/paper.ts';

/** `https: //`, `https :/ /`… as a copy from a PDF leaves them. */
const BROKEN_SCHEME = /\b(https?) *: *\/ *\/ *(?=[\p{L}\p{N}])/giu;
/** A URL runs to the next space, angle bracket, quote or brace; the renderer finds links with it too. */
export const URL_TOKEN = /\bhttps?:\/\/[^\s<>"'`{}|\\^“”‘’«»]+/giu;
/** Punctuation that ends a sentence or clause rather than the URL. */
const TRAILING = /[.,;:!?*…]$/u;
const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/** Hosts (and their subdomains) that serve source code. */
const CODE_HOSTS = [
  'github.com',
  'githubusercontent.com',
  'gitlab.com',
  'bitbucket.org',
  'codeberg.org',
  'sr.ht',
  'gitee.com',
  'gitea.com',
  'sourceforge.net',
];
/** Hosts of the Hugging Face hub: models, datasets and Spaces. */
const HUB_HOSTS = ['huggingface.co', 'hf.co', 'hf.space'];
/** Hugging Face pages that are not hub repositories. */
const HUB_NON_REPO = new Set([
  'papers',
  'blog',
  'docs',
  'learn',
  'posts',
  'pricing',
  'join',
  'login',
  'tasks',
]);

/** The abstract with `https: //` and similar breaks closed up; nothing else changes. */
export function repairUrls(text: string): string {
  return text.replace(BROKEN_SCHEME, (_match, scheme: string) => `${scheme.toLowerCase()}://`);
}

/** Strips trailing punctuation that belongs to the sentence, keeping balanced brackets. */
export function trimUrl(url: string): string {
  let end = url.length;
  for (;;) {
    const last = url[end - 1] as string;
    const opener = CLOSERS[last];
    if (TRAILING.test(last)) end--;
    else if (opener !== undefined && count(url, opener, end) < count(url, last, end)) end--;
    else break;
  }
  return url.slice(0, end);
}

function count(text: string, ch: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0 && i < end; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/** What a URL points at, from its host and path. */
export function linkKind(url: URL): LinkKind {
  const host = url.hostname.toLowerCase();
  if (CODE_HOSTS.some((domain) => isUnder(host, domain))) return 'code';
  if (HUB_HOSTS.some((domain) => isUnder(host, domain))) {
    const first = url.pathname.split('/')[1] ?? '';
    return first === '' || HUB_NON_REPO.has(first) ? 'project' : 'model';
  }
  return 'project';
}

function isUnder(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** The http(s) links in an abstract, repaired and trimmed, in order of appearance, without duplicates. */
export function extractLinks(abstract: string): Link[] {
  if (!abstract.includes('http')) return [];
  const links: Link[] = [];
  const seen = new Set<string>();
  for (const [token] of repairUrls(abstract).matchAll(URL_TOKEN)) {
    const url = trimUrl(token);
    const parsed = URL.parse(url);
    if (parsed === null || !/^https?:$/.test(parsed.protocol) || !isPlausibleHost(parsed.hostname)) continue;
    if (seen.has(url)) continue;
    seen.add(url);
    links.push({ url, kind: linkKind(parsed) });
  }
  return links;
}

/** A dotted host name whose last label is not empty (`github.com`, not `github` or `github.`). */
function isPlausibleHost(host: string): boolean {
  return /^[^.]+(\.[^.]+)+$/.test(host);
}
