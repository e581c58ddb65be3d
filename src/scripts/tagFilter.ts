/**
 * The tag filter in the browser (see `TagFilter.astro`). Fetches one posting list per selected tag, combines
 * them (all/any), keeps the list's scope and order, and shows the site's own cards from the chunks it needs.
 */
import {
  combine,
  matchesTags,
  parseSelection,
  selectionSearch,
  withinScope,
  type Selection,
} from '../lib/client/filter-match.ts';
import { slotOf, storedOrdinals, type ScopeCard } from '../lib/client/filter-index.ts';
import { plural, showMoreLabel } from '../lib/client/format-date.ts';
import { idInPath } from '../lib/client/base.ts';
import { cardAt, cardElement, dataFile, filterManifest } from './cards.ts';

const root = document.querySelector<HTMLElement>('[data-tag-filter]');
if (root) start(root);

function start(root: HTMLElement): void {
  const d = root.dataset;
  const base = d['base'] ?? '/';
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

  // The data's version comes from the manifest, not the page, so that a page whose own list did not change
  // stays byte for byte the same (and is reused by the next build) while the data behind the filter grows.
  const dataVersion = () => filterManifest(base).then((manifest) => manifest.version);
  const json = async <T>(path: string): Promise<T> => dataFile<T>(path, base, await dataVersion());
  const ordinals = async (path: string) => storedOrdinals(await json<string | number[]>(path));
  // Opening the filter fetches the manifest, so that the first pick waits for its lists alone.
  details.addEventListener('toggle', () => {
    if (details.open) dataVersion().catch(() => undefined);
  });

  let selection: Selection = { tags: [], match: 'all' };
  /** Ordinals (newest-first positions), or a digest's cards (`ScopeCard`). */
  let matches: (number | ScopeCard)[] = [];
  let shown = 0;
  let run = 0;

  const text = (tag: string) => `“${labels.get(tag) ?? tag}”`;
  const describe = (s: Selection) => s.tags.map(text).join(s.match === 'all' ? ' and ' : ' or ');

  /**
   * Appends the next `step` matches, in order, each as soon as its chunk (fetched in parallel) is in; calls
   * `first` when the first card is on screen. Returns that card, or undefined when a newer change took over.
   */
  async function showMore(current: number, first?: () => void): Promise<HTMLElement | undefined> {
    const next = matches.slice(shown, shown + step);
    shown += next.length;
    more.hidden = true;
    // The layout comes with the data, not the page: a page cached from an earlier build may be cut otherwise.
    const { total } = await filterManifest(base);
    const pending = next.map((m) =>
      typeof m === 'number'
        ? cardAt(slotOf(m, total), base)
        : 'html' in m
          ? Promise.resolve(m.html)
          : cardAt(m.at, base),
    );
    let head: HTMLElement | undefined;
    for (const promise of pending) {
      const html = await promise;
      if (current !== run) return undefined;
      if (!html) continue;
      const item = cardElement(html);
      list.append(item);
      if (!head) {
        head = item;
        first?.();
      }
    }
    const left = matches.length - shown;
    more.hidden = left <= 0;
    more.textContent = showMoreLabel(left, step);
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
        const cards = await json<ScopeCard[]>(scopeCards);
        matches = cards.filter((c) => matchesTags(c.tags, selection));
      } else {
        const [lists, scope] = await Promise.all([
          Promise.all(selection.tags.map((tag) => ordinals(`filter/tags/${tag}.json`))),
          scopePath ? ordinals(scopePath) : Promise.resolve(null),
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
      // For measurements: from a change to the first result on screen.
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
  more.addEventListener('click', () => {
    void showMore(run).then((first) => first?.querySelector('a')?.focus());
  });
  window.addEventListener('popstate', () => void apply(parseSelection(location.search, known), 'none'));
  const initial = parseSelection(location.search, known);
  if (initial.tags.length) void apply(initial, 'replace');
  else document.documentElement.classList.remove('filtering');
}
