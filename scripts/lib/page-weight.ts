/**
 * What a built page weighs when it loads: its HTML, the JavaScript it runs at load (inline scripts,
 * external module scripts and what they import statically, each file once), its CSS (linked stylesheets
 * and inline styles), all gzip-compressed as a server would send them, and the number of paper cards it
 * lists. Code loaded on demand (`import()`, a script element added at run time) is not counted: that is
 * what "loaded on demand" means. Used by the page-budget test and `npm run bench:site`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Compressed sizes in bytes, and what the page lists. */
export interface PageWeight {
  /** The page's HTML, gzipped. */
  html: number;
  /** JavaScript run at load, gzipped file by file (inline scripts count as one each). */
  js: number;
  /** CSS applied at load, gzipped file by file. */
  css: number;
  /** Paper cards (`<article data-paper>`, bare: a paper page's own `data-paper="<id>"` is not a card). */
  papers: number;
  /** The site paths of the external scripts and stylesheets counted. */
  files: string[];
}

/** Reads a file of the site by its URL path (base included), or null when there is none. */
export type SiteReader = (urlPath: string) => Promise<string | null>;

/** Bytes of `text` gzipped at the highest level. */
export function gzipSize(text: string): number {
  return gzipSync(text, { level: 9 }).length;
}

/** A reader over a built site in `dist`, served under `base` (`/` or `/name/`). */
export function distReader(dist: string, base: string): SiteReader {
  return async (urlPath) => {
    if (!urlPath.startsWith(base)) return null;
    return readFile(join(dist, decodeURIComponent(urlPath.slice(base.length))), 'utf8').catch(() => null);
  };
}

/** Weighs the page at `pageUrl` (a URL path, base included) whose HTML is `html`. */
export async function pageWeight(html: string, pageUrl: string, read: SiteReader): Promise<PageWeight> {
  const files = new Set<string>();
  let js = 0;
  let css = 0;
  for (const { attributes, body } of elements(html, 'script')) {
    const type = attribute(attributes, 'type');
    if (type !== undefined && type !== 'module' && type !== 'text/javascript') continue;
    const src = attribute(attributes, 'src');
    if (src === undefined) js += gzipSize(body);
    else js += await weighModule(resolvePath(src, pageUrl), read, files);
  }
  for (const { attributes } of tags(html, 'link')) {
    const rel = attribute(attributes, 'rel')?.toLowerCase().split(/\s+/) ?? [];
    const href = attribute(attributes, 'href');
    if (href === undefined) continue;
    if (rel.includes('modulepreload')) js += await weighModule(resolvePath(href, pageUrl), read, files);
    else if (rel.includes('stylesheet')) css += await weighFile(resolvePath(href, pageUrl), read, files);
  }
  for (const { body } of elements(html, 'style')) css += gzipSize(body);
  const papers = html.match(/<article data-paper[\s>]/g)?.length ?? 0;
  return { html: gzipSize(html), js, css, papers, files: [...files] };
}

/** A script file and the files it imports statically, each counted once per page. */
async function weighModule(path: string, read: SiteReader, seen: Set<string>): Promise<number> {
  if (seen.has(path)) return 0;
  seen.add(path);
  const file = await readWeighed(path, read);
  if (file === null) return 0;
  let total = file.gzip;
  for (const specifier of file.imports) {
    if (/^(\.{0,2}\/)/.test(specifier)) total += await weighModule(resolvePath(specifier, path), read, seen);
  }
  return total;
}

async function weighFile(path: string, read: SiteReader, seen: Set<string>): Promise<number> {
  if (seen.has(path)) return 0;
  seen.add(path);
  return (await readWeighed(path, read))?.gzip ?? 0;
}

/** A shared file's gzipped size and static imports, read and compressed once per reader (not once per page). */
interface Weighed {
  gzip: number;
  imports: string[];
}
const weighed = new WeakMap<SiteReader, Map<string, Promise<Weighed | null>>>();

function readWeighed(path: string, read: SiteReader): Promise<Weighed | null> {
  let files = weighed.get(read);
  if (!files) weighed.set(read, (files = new Map<string, Promise<Weighed | null>>()));
  let file = files.get(path);
  if (!file) {
    file = read(path).then((text) =>
      text === null ? null : { gzip: gzipSize(text), imports: staticImports(text) },
    );
    files.set(path, file);
  }
  return file;
}

/** Specifiers of `import … from "x"`, `import "x"` and `export … from "x"` (not `import("x")`). */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  const pattern = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?(["'])([^"'\n]+)\1/g;
  for (const match of code.matchAll(pattern)) {
    const before = code.slice(0, match.index).trimEnd();
    if (before.endsWith('.')) continue;
    found.push(match[2]!);
  }
  return found;
}

/** `href` resolved against the URL path `from`, as a URL path without query or fragment. */
function resolvePath(href: string, from: string): string {
  return new URL(href, new URL(from, 'http://site.invalid')).pathname;
}

interface Element {
  attributes: string;
  body: string;
}

/** `<name …>body</name>` elements of `html` (scripts and styles: their bodies hold no such end tag). */
function elements(html: string, name: string): Element[] {
  const pattern = new RegExp(`<${name}\\b([^>]*)>([\\s\\S]*?)</${name}>`, 'gi');
  return [...html.matchAll(pattern)].map((match) => ({ attributes: match[1]!, body: match[2]! }));
}

/** Empty `<name …>` tags of `html`. */
function tags(html: string, name: string): Element[] {
  const pattern = new RegExp(`<${name}\\b([^>]*)>`, 'gi');
  return [...html.matchAll(pattern)].map((match) => ({ attributes: match[1]!, body: '' }));
}

/** An attribute's value (quoted or not), or undefined; a bare attribute is `''`. */
function attribute(attributes: string, name: string): string | undefined {
  const pattern = new RegExp(
    `(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?(?=\\s|/|$)`,
    'i',
  );
  const match = pattern.exec(attributes);
  if (!match) return undefined;
  return match[1] ?? match[2] ?? match[3] ?? '';
}
