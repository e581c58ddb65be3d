/**
 * On a phone the main navigation (`SiteHeader.astro`) scrolls sideways: bring the current page's link into view,
 * and each link reached with Tab wholly so, clear of the faded end (the browser leaves a half-shown one there).
 */
const row = document.querySelector<HTMLElement>('.site-nav ul');

if (row) {
  const current = row.querySelector<HTMLElement>('[aria-current]');
  if (current) {
    const left = current.offsetLeft - row.offsetLeft;
    if (left + current.offsetWidth > row.clientWidth) row.scrollLeft = left - 16;
  }
  row.addEventListener('focusin', (event) => {
    if (!(event.target instanceof HTMLElement)) return;
    const link = event.target.getBoundingClientRect();
    const box = row.getBoundingClientRect();
    // The row's end padding is where its links fade out; whole pixels, as the row scrolls by them.
    const fade = parseFloat(getComputedStyle(row).paddingInlineEnd) || 0;
    const past = link.right - (box.right - fade);
    if (past > 0) row.scrollLeft += Math.ceil(past);
    else if (link.left < box.left) row.scrollLeft -= Math.ceil(box.left - link.left);
  });
}
