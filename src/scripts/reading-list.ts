/**
 * The reading list, kept in this browser only (localStorage): stars on cards and paper pages, "new" marks on
 * papers first seen after the previous visit, and the home page's digests since then. The pages only mark
 * each paper (`data-paper="<id>"` on a paper page, a bare `data-paper` on a card, whose id is in its title's
 * link; `data-first-seen="<date>"`; the newest digest the page shows on `<body data-latest-digest>`);
 * the buttons and marks are made here, so without JavaScript or storage nothing shows, and the cards the
 * tag filter adds later get theirs too.
 */

import { idInPath } from '../lib/client/base.ts';

/** One starred paper: its id, its plain title (for the Starred page and the export) and when it was starred. */
export interface Star {
  id: string;
  title: string;
  starredAt: string;
}

/** What an export file holds. */
export interface ReadingListFile {
  format: 'paper-digest-reading-list';
  version: 1;
  exportedAt: string;
  stars: Star[];
}

/** Visits: `seen` is the newest digest seen so far, `previous` what was seen before this visit began. */
interface Visit {
  at: number;
  seen: string;
  previous: string | null;
}

/** Keys are per base path: project sites on one `github.io` origin share one localStorage. */
const PREFIX = `paper-digest:${import.meta.env.BASE_URL}:`;
const STARS = `${PREFIX}stars`;
const VISIT = `${PREFIX}visit`;
/** A pause longer than this starts a new visit. */
const VISIT_GAP = 30 * 60 * 1000;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** localStorage if it works (it throws when disabled, and may be full or missing), else null. */
export function storage(): Storage | null {
  try {
    const store = window.localStorage;
    store.setItem(`${PREFIX}probe`, '1');
    store.removeItem(`${PREFIX}probe`);
    return store;
  } catch {
    return null;
  }
}

function readJson(store: Storage, key: string): unknown {
  try {
    return JSON.parse(store.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

/** Keeps only well-formed stars (slug ids, string titles), one per id, the first occurrence winning. */
export function validStars(value: unknown): Star[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const stars: Star[] = [];
  for (const item of value as Partial<Star>[]) {
    if (typeof item?.id !== 'string' || !SLUG.test(item.id) || seen.has(item.id)) continue;
    seen.add(item.id);
    const title = typeof item.title === 'string' && item.title.trim() ? item.title.slice(0, 500) : item.id;
    const starredAt = typeof item.starredAt === 'string' ? item.starredAt : new Date(0).toISOString();
    stars.push({ id: item.id, title, starredAt });
  }
  return stars;
}

export function readStars(store: Storage): Star[] {
  return validStars(readJson(store, STARS));
}

export function writeStars(store: Storage, stars: readonly Star[]): boolean {
  try {
    store.setItem(STARS, JSON.stringify(stars));
    return true;
  } catch {
    return false;
  }
}

/** Updates the visit record and returns the digest a paper must be newer than to count as new (or null). */
function recordVisit(store: Storage, latest: string): string | null {
  const stored = readJson(store, VISIT) as Partial<Visit> | null;
  const now = Date.now();
  const old = stored && typeof stored.at === 'number' && typeof stored.seen === 'string' ? stored : null;
  const previous =
    old === null ? null : now - (old.at ?? 0) > VISIT_GAP ? (old.seen ?? null) : (old.previous ?? null);
  const seen = old?.seen && old.seen > latest ? old.seen : latest;
  try {
    store.setItem(VISIT, JSON.stringify({ at: now, seen, previous } satisfies Visit));
  } catch {
    // Storage full: marks stay as they were computed.
  }
  return previous;
}

/** Marks every star button in `within` pressed when its paper is starred, and the others not. */
export function syncButtons(stars: readonly Star[], within: ParentNode = document): void {
  const starred = new Set(stars.map((star) => star.id));
  for (const button of within.querySelectorAll<HTMLButtonElement>('button[data-star]')) {
    button.setAttribute('aria-pressed', String(starred.has(button.dataset['star'] ?? '')));
  }
}

/** The star button of one paper; its accessible name `Star <title>` also gives the title to the list. */
export function starButton(id: string, title: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'star';
  button.dataset['star'] = id;
  button.setAttribute('aria-pressed', 'false');
  button.setAttribute('aria-label', `Star ${title}`);
  return button;
}

/** A paper's title as read on the page: its heading's text, without KaTeX's second (visual) copy and TeX source. */
function headingText(paper: HTMLElement): string {
  const heading = paper.querySelector('h1, h2, h3');
  if (!heading) return '';
  const copy = heading.cloneNode(true) as HTMLElement;
  for (const hidden of copy.querySelectorAll('.katex-html, annotation')) hidden.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A card's paper id, from its title's link (`…/papers/<id>/`); empty when there is none. */
function idOfCard(card: HTMLElement): string {
  const link = card.querySelector<HTMLAnchorElement>(':is(h2, h3) a');
  return (link && idInPath(link.pathname, 'papers')) ?? '';
}

/**
 * Gives every marked paper that has none yet its star, in its footer (made if missing), and its "new" mark,
 * at the start of its facts under the title (in the footer when it has none). Returns the papers it marked.
 */
function addButtons(): HTMLElement[] {
  const added: HTMLElement[] = [];
  for (const paper of document.querySelectorAll<HTMLElement>('[data-paper]:not([data-starrable])')) {
    paper.dataset['starrable'] = '';
    const id = paper.dataset['paper'] || idOfCard(paper);
    if (!SLUG.test(id)) continue;
    const holder = document.createElement('span');
    holder.className = 'reading-list';
    holder.append(starButton(id, headingText(paper) || id));
    const firstSeen = paper.dataset['firstSeen'];
    if (firstSeen && DAY.test(firstSeen)) {
      const mark = document.createElement('span');
      mark.className = 'new-mark';
      mark.dataset['firstSeen'] = firstSeen;
      mark.hidden = true;
      const more = document.createElement('span');
      more.className = 'sr-only';
      more.textContent = ' since your last visit';
      mark.append('New', more);
      const meta = paper.querySelector('.meta');
      if (meta) meta.prepend(mark);
      else holder.append(mark);
    }
    let foot = paper.querySelector('.card-foot');
    if (!foot) {
      foot = document.createElement('div');
      foot.className = 'card-foot';
      paper.append(foot);
    }
    foot.append(holder);
    added.push(paper);
  }
  return added;
}

/** The paper's title, from the button's accessible name `Star <title>`. */
function titleOf(button: HTMLButtonElement): string {
  return (button.getAttribute('aria-label') ?? '').replace(/^Star /, '') || (button.dataset['star'] ?? '');
}

function toggle(store: Storage, button: HTMLButtonElement): void {
  const id = button.dataset['star'] ?? '';
  const stars = readStars(store);
  const next = stars.some((star) => star.id === id)
    ? stars.filter((star) => star.id !== id)
    : [{ id, title: titleOf(button), starredAt: new Date().toISOString() }, ...stars];
  if (writeStars(store, next)) syncButtons(next);
}

/**
 * On the home page, the digests that came out after the `previous` visit (`SinceLastVisit.astro`), the link
 * to every digest when the newest one not listed came out after it too, or that none did.
 */
function showSinceVisit(previous: string | null): void {
  const box = document.querySelector<HTMLElement>('[data-since-visit]');
  if (!box || previous === null) return;
  const items = [...box.querySelectorAll<HTMLElement>('li[data-digest]')];
  const newer = (date: string | undefined) => (date ?? '') > previous;
  for (const item of items) item.hidden = !newer(item.dataset['digest']);
  const none = !items.some((item) => newer(item.dataset['digest']));
  box.querySelector('ul')!.hidden = none;
  box.querySelector<HTMLElement>('[data-since-visit-none]')!.hidden = !none;
  const more = box.querySelector<HTMLElement>('[data-since-visit-more]');
  if (more) more.hidden = !newer(more.dataset['older']);
  box.hidden = false;
}

/** Shows the "new" marks in `within` of papers first seen after `previous`. */
function showNew(previous: string | null, within: ParentNode): void {
  if (previous === null) return;
  for (const mark of within.querySelectorAll<HTMLElement>('.new-mark[data-first-seen]')) {
    mark.hidden = !((mark.dataset['firstSeen'] ?? '') > previous);
  }
}

function start(): void {
  const store = storage();
  if (!store) return;
  const latest = document.body.dataset['latestDigest'];
  const previous = latest && DAY.test(latest) ? recordVisit(store, latest) : null;
  showSinceVisit(previous);
  /** Adds the buttons and marks of the papers that have none yet, in their state. */
  const refresh = () => {
    const added = addButtons();
    if (added.length === 0) return;
    const stars = readStars(store);
    for (const paper of added) {
      syncButtons(stars, paper);
      showNew(previous, paper);
    }
  };
  refresh();
  // Cards added later (the tag filter's results) get their buttons and marks too.
  new MutationObserver(refresh).observe(document.body, { childList: true, subtree: true });
  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>('button[data-star]');
    if (button) toggle(store, button);
  });
  window.addEventListener('storage', (event) => {
    if (event.key === STARS) syncButtons(readStars(store));
  });
}

start();
