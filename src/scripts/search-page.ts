/**
 * The search page: queries Pagefind's index (`pagefind/pagefind.js`, loaded on this page only, with the
 * index's other shards merged into it) and shows the matching papers as the site's own cards (`cardsFor`).
 * The query shows in the page's box and the header's, and lives in the URL (`?q=…&tag=…`) so a search can
 * be shared and survives reload.
 */
import { plural, showMoreLabel } from '../lib/client/format-date.ts';
import { searchTerm } from '../lib/client/search-term.ts';
import { cardsFor } from './cards.ts';

interface PagefindResult {
  data(): Promise<{ meta: Record<string, string> }>;
}
interface Pagefind {
  mergeIndex(path: string): Promise<void>;
  search(
    term: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: PagefindResult[] }>;
}

/** Cards shown at first and per "Show more". */
const STEP = 10;

const form = document.querySelector<HTMLFormElement>('[data-search-page]');
if (form) start(form);

/** Pagefind's script from the first of `bundles`, with the other bundles (the index's shards) merged in. */
async function loadIndex([primary, ...shards]: string[]): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${primary}pagefind.js`)) as Pagefind;
  await Promise.all(shards.map((path) => pagefind.mergeIndex(path)));
  return pagefind;
}

function start(form: HTMLFormElement): void {
  const base = form.dataset['base'] ?? '/';
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const topic = form.querySelector<HTMLSelectElement>('select[name="tag"]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const header = document.querySelector<HTMLInputElement>('#site-search');
  let index: Promise<Pagefind> | undefined;
  /** Pagefind with the index's other shards merged in, loaded at the first search. */
  const pagefind = () => (index ??= loadIndex((form.dataset['bundles'] ?? '').split(' ')));
  let hits: PagefindResult[] = [];
  let shown = 0;
  let run = 0;

  /** Shows the next cards, after those shown or instead of them; resolves to the first one shown. */
  async function show(current: number, replace: boolean): Promise<HTMLElement | undefined> {
    const next = hits.slice(shown, shown + STEP);
    const ids = await Promise.all(next.map((hit) => hit.data().then((data) => data.meta['id'] ?? '')));
    const cards = await cardsFor(ids, base);
    if (current !== run) return undefined;
    shown += next.length;
    if (replace) list.replaceChildren(...cards);
    else list.append(...cards);
    more.hidden = shown >= hits.length;
    more.textContent = showMoreLabel(hits.length - shown, STEP);
    return cards[0];
  }

  async function search(): Promise<void> {
    const current = ++run;
    const term = input.value.trim();
    const tag = topic.value;
    const url = new URL(location.href);
    url.search = new URLSearchParams([
      ...(term ? [['q', term]] : []),
      ...(tag ? [['tag', tag]] : []),
    ]).toString();
    history.replaceState(history.state, '', url);
    if (header) header.value = input.value;
    if (!term) {
      status.textContent = '';
      list.replaceChildren();
      more.hidden = true;
      return;
    }
    try {
      const found = await (await pagefind()).search(searchTerm(term), tag ? { filters: { tag } } : {});
      if (current !== run) return;
      hits = found.results;
      shown = 0;
      await show(current, true);
      if (current !== run) return;
      const where = tag ? ` in “${tag}”` : '';
      status.textContent =
        hits.length === 0
          ? `No paper matches “${term}”${where}.`
          : `${plural(hits.length, 'paper')} ${hits.length === 1 ? 'matches' : 'match'} “${term}”${where}.`;
    } catch {
      if (current !== run) return;
      status.textContent = 'The search index could not be loaded. Browse the papers by topic instead.';
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), 250);
  });
  topic.addEventListener('change', () => void search());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void search();
  });
  more.addEventListener('click', () => {
    void show(run, false).then((first) => first?.querySelector('a')?.focus());
  });

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  topic.value = params.get('tag') ?? '';
  if (input.value) void search();
  else input.focus();
}
