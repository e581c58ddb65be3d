/**
 * The Starred page: lists the papers starred in this browser, and exports, imports and clears the list.
 * Shares storage and validation with `reading-list.ts`; without storage the page keeps its notice.
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

const FORMAT = 'paper-digest-reading-list';
const root = document.querySelector<HTMLElement>('[data-starred]');
const store = storage();

function part<T extends HTMLElement>(name: string): T {
  return root!.querySelector<T>(`[data-starred-${name}]`)!;
}

function say(message: string): void {
  part('status').textContent = message;
}

function item(star: Star): HTMLLIElement {
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.href = `${import.meta.env.BASE_URL}papers/${star.id}/`;
  link.textContent = star.title;
  const when = document.createElement('span');
  when.className = 'starred-when';
  const day = star.starredAt.slice(0, 10);
  when.textContent = /^\d{4}-\d{2}-\d{2}$/.test(day) && day > '1970-01-01' ? `starred ${day}` : '';
  li.append(link, ' ', when, starButton(star.id, star.title));
  return li;
}

function render(): void {
  const stars = readStars(store!);
  part('list').replaceChildren(...stars.map(item));
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
  render();
  const imported = `Imported ${added.length === 1 ? '1 paper' : `${added.length} papers`} from ${file.name}.`;
  say([imported, droppedNotice(dropped.length)].filter(Boolean).join(' '));
}

function clearList(): void {
  const count = readStars(store!).length;
  if (count === 0 || !window.confirm(`Remove all ${count} starred papers from this browser?`)) return;
  writeStars(store!, []);
  render();
  say('The list is empty. Import an exported file to bring it back.');
}

if (root && store) {
  part('unavailable').hidden = true;
  part('app').hidden = false;
  render();
  part('export').addEventListener('click', exportList);
  part<HTMLInputElement>('import').addEventListener('change', (event) => {
    void importList(event.currentTarget as HTMLInputElement);
  });
  part('clear').addEventListener('click', clearList);
}
