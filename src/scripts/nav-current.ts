/** On a phone the main navigation (`SiteHeader.astro`) scrolls sideways: bring the current page's link into view. */
const current = document.querySelector<HTMLElement>('.site-nav [aria-current]');
const row = current?.closest('ul');
if (current && row) {
  const left = current.offsetLeft - row.offsetLeft;
  if (left + current.offsetWidth > row.clientWidth) row.scrollLeft = left - 16;
}
