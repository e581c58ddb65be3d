/**
 * The Starred page: lists the papers starred in this browser, and exports, imports and clears the list.
 * Shares storage and validation with `reading-list.ts`; without storage the page keeps its notice. Papers
 * show as the site's own cards (`cardsFor`), each with when it was starred; a paper no longer on the site
 * keeps its link and stored title.
 */
import {
  readStars,
  starButton,
  storage,
  syncButtons,
  validStars,
  writeStars,
  type ReadingListFile,
  type Star,
} from './reading-list.ts';
import { droppedNotice, keepKnown, pageExists } from './known-ids.ts';
import { cardsFor } from './cards.ts';
import { idInPath } from '../lib/client/base.ts';
import { formatDate } from '../lib/client/format-date.ts';

const FORMAT = 'paper-digest-reading-list';
const root = document.querySelector<HTMLElement>('[data-starred]');
const store = storage();

function part<T extends HTMLElement>(name: string): T {
  return root!.querySelector<T>(`[data-starred-${name}]`)!;
}

function say(message: string): void {
  part('status').textContent = message;
}

/** A star's item: its card (or, for a paper no longer on the site, its link) and when it was starred. */
function item(star: Star, card: HTMLElement | undefined): HTMLElement {
  let li = card;
  if (!li) {
    li = document.createElement('li');
    const link = document.createElement('a');
    link.href = `${import.meta.env.BASE_URL}papers/${star.id}/`;
    link.textContent = star.title;
    li.append(link, ' ', starButton(star.id, star.title));
  }
  const day = star.starredAt.slice(0, 10);
  if (/^\d{4}-\d{2}-\d{2}$/.test(day) && day > '1970-01-01') {
    const when = document.createElement('p');
    when.className = 'starred-when';
    const time = document.createElement('time');
    time.dateTime = day;
    time.textContent = formatDate(day, root!.dataset['locale']);
    when.append('Starred ', time);
    li.append(when);
  }
  return li;
}

async function render(): Promise<void> {
  const stars = readStars(store!);
  const cards = new Map<string, HTMLElement>();
  try {
    for (const card of await cardsFor(
      stars.map((star) => star.id),
      import.meta.env.BASE_URL,
    )) {
      const href = card.querySelector<HTMLAnchorElement>(':is(h2, h3) a')?.pathname ?? '';
      const id = idInPath(href, 'papers');
      if (id) cards.set(id, card);
    }
  } catch {
    // Without the card files each star keeps its link.
  }
  part('list').replaceChildren(...stars.map((star) => item(star, cards.get(star.id))));
  part('empty').hidden = stars.length > 0;
  part('count').textContent = stars.length === 1 ? '1 paper' : `${stars.length} papers`;
  syncButtons(stars);
}

function exportList(): void {
  const file: ReadingListFile = {
    format: FORMAT,
    version: 1,
    exportedAt: new Date().toISOString(),
    stars: readStars(store!),
  };
  const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: 'reading-list.json' });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  say(`Exported ${file.stars.length === 1 ? '1 paper' : `${file.stars.length} papers`}.`);
}

/** Merges an export file into the list: stars already here stay, new ones are added after them. */
async function importList(input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  let data: Partial<ReadingListFile> | null = null;
  try {
    data = JSON.parse(await file.text()) as Partial<ReadingListFile>;
  } catch {
    // Reported below.
  }
  if (data?.format !== FORMAT || !Array.isArray(data.stars)) {
    say(`${file.name} is not a reading list exported from this site; nothing was imported.`);
    return;
  }
  const current = readStars(store!);
  const known = new Set(current.map((star) => star.id));
  const candidates = validStars(data.stars).filter((star) => !known.has(star.id));
  const { kept: added, dropped } = await keepKnown(candidates, (id) =>
    pageExists(`${import.meta.env.BASE_URL}papers/${id}/`),
  );
  if (!writeStars(store!, [...current, ...added])) {
    say('The browser refused to store the list (storage full or disabled).');
    return;
  }
  await render();
  const imported = `Imported ${added.length === 1 ? '1 paper' : `${added.length} papers`} from ${file.name}.`;
  say([imported, droppedNotice(dropped.length)].filter(Boolean).join(' '));
}

function clearList(): void {
  const count = readStars(store!).length;
  if (count === 0 || !window.confirm(`Remove all ${count} starred papers from this browser?`)) return;
  writeStars(store!, []);
  void render();
  say('The list is empty. Import an exported file to bring it back.');
}

if (root && store) {
  part('unavailable').hidden = true;
  part('app').hidden = false;
  void render();
  part('export').addEventListener('click', exportList);
  part<HTMLInputElement>('import').addEventListener('change', (event) => {
    void importList(event.currentTarget as HTMLInputElement);
  });
  part('clear').addEventListener('click', clearList);
}
