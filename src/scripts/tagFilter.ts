/**
 * The tag filter in the browser (see `TagFilter.astro`). Fetches one posting list per selected tag, combines
 * them (all/any), keeps the list's scope and order, and renders result cards from the card chunks it needs.
 */
import {
  combine,
  matchesTags,
  parseSelection,
  selectionSearch,
  withinScope,
  type Selection,
} from '../lib/client/filter-match.ts';
import type { FilterCard } from '../lib/client/filter-index.ts';
import { formatDate, plural } from '../lib/client/format-date.ts';
import { countsText } from '../lib/site/paper-facts.ts';
import { idInPath, withBase } from '../lib/client/base.ts';

const root = document.querySelector<HTMLElement>('[data-tag-filter]');
if (root) start(root);

function start(root: HTMLElement): void {
  const d = root.dataset;
  const base = d['base'] ?? '/';
  const chunkSize = Number(d['chunk']);
  const step = Number(d['step']);
  const scopePath = d['scope'];
  const scopeCards = d['scopeCards'];
  const scopeLabel = d['scopeLabel'];
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const details = $<HTMLDetailsElement>('[data-filter-details]');
  const summary = $<HTMLElement>('[data-filter-summary]');
  const status = $<HTMLElement>('[data-filter-status]');
  const results = $<HTMLElement>('[data-filter-results]');
  const list = $<HTMLOListElement>('[data-filter-results] ol');
  const more = $<HTMLButtonElement>('[data-filter-more]');
  const server = document.querySelector<HTMLElement>('[data-filter-server]');
  const radios = [...root.querySelectorAll<HTMLInputElement>('input[name="match"]')];
  const labels = new Map<string, string>();
  const buttons = new Map<string, HTMLButtonElement>();

  // Chip links (`<a href=".../tags/<id>/">Label <span class="count">…`) become toggle buttons of the same
  // look and size.
  for (const link of root.querySelectorAll<HTMLAnchorElement>('.chips a')) {
    const tag = idInPath(link.pathname, 'tags');
    if (!tag) continue;
    const label = link.firstChild?.textContent?.trim() || tag;
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset['tag'] = tag;
    button.setAttribute('aria-pressed', 'false');
    button.append(...link.childNodes);
    link.replaceWith(button);
    labels.set(tag, label);
    buttons.set(tag, button);
  }

  const cache = new Map<string, Promise<unknown>>();
  const json = <T>(path: string): Promise<T> => {
    if (!cache.has(path)) {
      const url = `${withBase(path, base)}?v=${d['version'] ?? ''}`;
      cache.set(
        path,
        fetch(url).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${r.status} ${url}`)))),
      );
    }
    return cache.get(path) as Promise<T>;
  };

  let selection: Selection = { tags: [], match: 'all' };
  /** Ordinals into the card chunks, or whole cards when the list's cards come in one file. */
  let matches: (number | FilterCard)[] = [];
  let shown = 0;
  let run = 0;

  const text = (tag: string) => `“${labels.get(tag) ?? tag}”`;
  const describe = (s: Selection) => s.tags.map(text).join(s.match === 'all' ? ' and ' : ' or ');

  function card(c: FilterCard): HTMLLIElement {
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, content?: string) => {
      const node = document.createElement<K>(tag);
      if (className) node.className = className;
      if (content !== undefined) node.textContent = content;
      return node;
    };
    const li = el('li');
    const article = el('article');
    // The reading list's script adds the star and the "new" mark (the id is in the title's link).
    article.dataset['paper'] = '';
    if (c.seen) article.dataset['firstSeen'] = c.seen;
    const heading = el(d['level'] === '3' ? 'h3' : 'h2');
    const link = el('a');
    link.href = withBase(`papers/${c.id}/`, base);
    link.innerHTML = c.title; // safe HTML rendered at build time by renderTitle
    heading.append(link);
    const meta = el('p', 'meta');
    if (c.date) {
      const time = el('time', undefined, formatDate(c.date));
      time.setAttribute('datetime', c.date);
      meta.append(time);
    } else meta.append(el('span', undefined, 'Undated'));
    if (c.org) meta.append(el('span', undefined, c.org));
    if (c.names !== null) meta.append(el('span', 'authors', c.names));
    else if (c.authors !== null) meta.append(el('span', undefined, plural(c.authors, 'author')));
    for (const text of countsText(c)) meta.append(el('span', undefined, text));
    article.append(heading, meta);
    const foot = el('div', 'card-foot');
    if (c.tags.length > 0) {
      const chips = el('ul', 'chips');
      chips.setAttribute('aria-label', 'Tags');
      for (const tag of c.tags) {
        const chip = el('a', undefined, labels.get(tag) ?? tag);
        chip.href = withBase(`tags/${tag}/`, base);
        const item = el('li');
        item.append(chip);
        chips.append(item);
      }
      foot.append(chips);
    }
    article.append(foot);
    li.append(article);
    return li;
  }

  /**
   * Appends the next `step` matches, in order, each as soon as its chunk (fetched in parallel) is in; calls
   * `first` when the first card is on screen. Returns that card, or undefined when a newer change took over.
   */
  async function showMore(current: number, first?: () => void): Promise<HTMLLIElement | undefined> {
    const next = matches.slice(shown, shown + step);
    shown += next.length;
    more.hidden = true;
    const pending = next.map((m) =>
      typeof m === 'number'
        ? json<FilterCard[]>(`filter/cards/${Math.floor(m / chunkSize)}.json`).then((c) => c[m % chunkSize])
        : Promise.resolve(m),
    );
    let head: HTMLLIElement | undefined;
    for (const promise of pending) {
      const data = await promise;
      if (current !== run) return undefined;
      if (!data) continue;
      const item = card(data);
      list.append(item);
      if (!head) {
        head = item;
        first?.();
      }
    }
    const left = matches.length - shown;
    more.hidden = left <= 0;
    more.textContent = `Show ${Math.min(step, left)} more of ${left}`;
    return head;
  }

  function sync(): void {
    for (const [tag, button] of buttons)
      button.setAttribute('aria-pressed', String(selection.tags.includes(tag)));
    for (const radio of radios) radio.checked = radio.value === selection.match;
    summary.textContent = selection.tags.length ? `· ${selection.tags.length} selected` : '';
    if (selection.tags.length) details.open = true;
  }

  async function apply(next: Selection, history: 'push' | 'replace' | 'none'): Promise<void> {
    selection = next;
    const current = ++run;
    performance.mark('tag-filter:start');
    sync();
    if (history !== 'none') {
      const url = `${location.pathname}${selectionSearch(location.search, selection)}${location.hash}`;
      window.history[history === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    }
    if (selection.tags.length === 0) {
      results.hidden = true;
      if (server) server.hidden = false;
      status.textContent = '';
      document.documentElement.classList.remove('filtering');
      return;
    }
    try {
      if (scopeCards) {
        const cards = await json<FilterCard[]>(scopeCards);
        matches = cards.filter((c) => matchesTags(c.tags, selection));
      } else {
        const [lists, scope] = await Promise.all([
          Promise.all(selection.tags.map((tag) => json<number[]>(`filter/tags/${tag}.json`))),
          scopePath ? json<number[]>(scopePath) : Promise.resolve(null),
        ]);
        matches = withinScope(scope, combine(lists, selection.match));
      }
      if (current !== run) return;
      const where = scopeLabel ? ` in ${scopeLabel}` : '';
      const hint =
        matches.length === 0 && selection.match === 'all' && selection.tags.length > 1
          ? ' Try “any of them”.'
          : '';
      status.textContent = `${plural(matches.length, 'paper')}${where} ${matches.length === 1 ? 'matches' : 'match'} ${describe(selection)}.${hint}`;
      shown = 0;
      list.replaceChildren();
      results.hidden = false;
      if (server) server.hidden = true;
      document.documentElement.classList.remove('filtering');
      // For measurements (issue 6): from a change to the first result on screen.
      await showMore(current, () => performance.measure('tag-filter', 'tag-filter:start'));
      if (current === run && matches.length === 0) performance.measure('tag-filter', 'tag-filter:start');
    } catch {
      if (current !== run) return;
      status.textContent = 'The filter could not load its data; showing the unfiltered list.';
      results.hidden = true;
      if (server) server.hidden = false;
    }
    document.documentElement.classList.remove('filtering');
  }

  const known = new Set(buttons.keys());
  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-tag]');
    if (button) {
      const tag = button.dataset['tag']!;
      const tags = selection.tags.includes(tag)
        ? selection.tags.filter((t) => t !== tag)
        : [...selection.tags, tag];
      void apply({ ...selection, tags }, 'push');
    } else if ((event.target as Element).closest('[data-filter-clear]')) {
      void apply({ ...selection, tags: [] }, 'push');
    }
  });
  for (const radio of radios) {
    radio.addEventListener('change', () => {
      const match = radio.value === 'any' ? 'any' : 'all';
      if (selection.tags.length === 0) selection = { ...selection, match };
      else void apply({ ...selection, match }, 'push');
    });
  }
  more.addEventListener('click', async () => {
    const first = await showMore(run);
    first?.querySelector('a')?.focus();
  });
  window.addEventListener('popstate', () => void apply(parseSelection(location.search, known), 'none'));
  const initial = parseSelection(location.search, known);
  if (initial.tags.length) void apply(initial, 'replace');
  else document.documentElement.classList.remove('filtering');
}
