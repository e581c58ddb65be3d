/** `/` focuses the search field (`SearchBox.astro`): Pagefind's own on the search page, the header's elsewhere. */
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
  const target = event.target as HTMLElement | null;
  if (target?.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target?.tagName ?? '')) return;
  const input =
    document.querySelector<HTMLInputElement>('[data-search-page] input') ??
    document.querySelector<HTMLInputElement>('[data-search-shortcut]');
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.select();
});
