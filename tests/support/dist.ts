/**
 * Reading a built site: its files, its pages as URLs, and its HTML parsed by html-validate's parser
 * (the same parser and configuration the validity test uses, so no second HTML parser is needed).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import {
  HtmlValidate,
  Parser,
  StaticConfigLoader,
  TextNode,
  type ConfigData,
  type DOMNode,
  type HtmlElement,
} from 'html-validate';
import { ROOT } from './site.ts';

/** Every file below `dir`, as paths relative to it with `/` separators, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The HTML pages of a built site, relative to `dist`. */
export async function listPages(dist: string): Promise<string[]> {
  return (await listFiles(dist)).filter((file) => file.endsWith('.html'));
}

/** The URL path a page is served at: `papers/x/index.html` under `/base/` is `/base/papers/x/`. */
export function pagePath(base: string, file: string): string {
  return `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The project's html-validate configuration (`.htmlvalidate.json`). */
export async function htmlValidateConfig(): Promise<ConfigData> {
  return JSON.parse(await readFile(join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData;
}

/** A validator with the project's configuration, whatever folder the files are in. */
export async function createValidator(): Promise<HtmlValidate> {
  return new HtmlValidate(new StaticConfigLoader(await htmlValidateConfig()));
}

let parser: Promise<Parser> | undefined;

/** Parses a page into html-validate's DOM (attribute values as written, entities not decoded). */
export async function parsePage(file: string): Promise<HtmlElement> {
  parser ??= htmlValidateConfig().then(
    async (config) => new Parser(await new StaticConfigLoader(config).getConfigFor('page.html')),
  );
  const data = await readFile(file, 'utf8');
  return (await parser).parseHtml({ data, filename: file, line: 1, column: 1, offset: 0 });
}

/** The text of a parsed element with a space between text nodes, as a reader sees separate elements. */
export function spacedText(node: DOMNode): string {
  const parts: string[] = [];
  const walk = (current: DOMNode) => {
    if (current instanceof TextNode) parts.push(current.textContent);
    for (const child of current.childNodes) walk(child);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
