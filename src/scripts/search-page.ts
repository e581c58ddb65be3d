/**
 * The search page: loads Pagefind's default UI (`pagefind/pagefind-ui.js` and `.css`, written by
 * `pagefind --site <outDir>` after the Astro build) only here, on demand, and runs the `?q=` query.
 * The query typed is mirrored into the URL so a search can be shared and survives reload.
 */

interface PagefindUIInstance {
  triggerSearch(term: string): void;
}
type PagefindUIConstructor = new (options: Record<string, unknown>) => PagefindUIInstance;

const root = document.querySelector<HTMLElement>('[data-search-page]');
const bundle = root?.dataset['bundle'];
const status = root?.querySelector<HTMLElement>('[data-search-status]');

function fail(): void {
  if (status) {
    status.hidden = false;
    status.textContent = 'The search index could not be loaded. Browse the papers by tag instead.';
  }
}

function mirror(term: string): string {
  const url = new URL(window.location.href);
  if (term.trim()) url.searchParams.set('q', term);
  else url.searchParams.delete('q');
  history.replaceState(history.state, '', url);
  return term;
}

function start(): void {
  const ui = new (window as unknown as { PagefindUI: PagefindUIConstructor }).PagefindUI({
    element: '#search-ui',
    bundlePath: bundle,
    baseUrl: import.meta.env.BASE_URL,
    showImages: false,
    showSubResults: false,
    resetStyles: false,
    openFilters: ['tag'],
    showEmptyFilters: false,
    pageSize: 10,
    excerptLength: 30,
    processTerm: mirror,
    translations: {
      placeholder: 'Search titles and abstracts',
      zero_results: 'No paper matches [SEARCH_TERM]',
    },
  });
  const query = new URLSearchParams(window.location.search).get('q');
  if (query) ui.triggerSearch(query);
  else root?.querySelector<HTMLInputElement>('input')?.focus();
}

if (root && bundle) {
  const css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = `${bundle}pagefind-ui.css`;
  document.head.append(css);
  const script = document.createElement('script');
  script.src = `${bundle}pagefind-ui.js`;
  script.addEventListener('load', start);
  script.addEventListener('error', fail);
  document.head.append(script);
}
