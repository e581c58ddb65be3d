/**
 * The site's own cards in the browser: the `<li>` cards `PaperCard` rendered at build time into the files
 * under `filter/` (see `src/lib/client/filter-index.ts`), so that the tag filter, search, the reading list
 * and any other page show exactly the lists' markup without writing a card of their own.
 */
import { bucketOf, locateSlot, type ChunkTable, type FilterManifest } from '../lib/client/filter-index.ts';
import { withBase } from '../lib/client/base.ts';

const files = new Map<string, Promise<unknown>>();

/**
 * A JSON file under the base, fetched once per page; `version` (the data's) keeps caches apart. A file without
 * one is checked with the server each time (a 304 while unchanged), so it is never older than the site.
 */
export function dataFile<T>(path: string, base: string, version = ''): Promise<T> {
  const url = `${withBase(path, base)}${version ? `?v=${version}` : ''}`;
  let file = files.get(url);
  if (!file) {
    file = fetch(url, version ? {} : { cache: 'no-cache' }).then((r) =>
      r.ok ? r.json() : Promise.reject(new Error(`${r.status} ${url}`)),
    );
    files.set(url, file);
  }
  return file as Promise<T>;
}

/** `filter/manifest.json`: the filter data's version and layout. */
export function filterManifest(base: string): Promise<FilterManifest> {
  return dataFile<FilterManifest>('filter/manifest.json', base);
}

/** The card HTML of one slot (`slotOf`: a paper's place from the oldest), from its chunk; undefined past the end. */
export async function cardAt(slot: number, base: string): Promise<string | undefined> {
  const { version, total, tableSpan } = await filterManifest(base);
  if (!(slot >= 0 && slot < total)) return undefined;
  const table = await dataFile<ChunkTable>(
    `filter/chunks/${Math.floor(slot / tableSpan)}.json`,
    base,
    version,
  );
  const place = locateSlot(table, slot);
  if (!place) return undefined;
  const chunk = await dataFile<string[]>(`filter/cards/${place.name}.json`, base, version);
  return chunk[place.at];
}

/** A card element from its HTML, which the build rendered (and escaped) from the site's own data. */
export function cardElement(html: string): HTMLElement {
  const template = document.createElement('template');
  template.innerHTML = html;
  // Imported, so that its links resolve against this page (a template's own document has no URL).
  return document.importNode(template.content, true).firstElementChild as HTMLElement;
}

/** The site's card elements (`<li>`) for `ids`, in that order; unknown ids are skipped. */
export async function cardsFor(ids: readonly string[], base: string): Promise<HTMLElement[]> {
  const { version, buckets } = await filterManifest(base);
  const html = await Promise.all(
    ids.map(async (id) => {
      const where = await dataFile<Record<string, number>>(
        `filter/where/${bucketOf(id, buckets)}.json`,
        base,
        version,
      );
      return Object.hasOwn(where, id) ? cardAt(where[id]!, base) : undefined;
    }),
  );
  return html.flatMap((card) => (card ? [cardElement(card)] : []));
}
