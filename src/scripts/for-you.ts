/**
 * The For you page: ranks the papers not starred by their similarity to the starred ones (`rankForYou`) and
 * shows them as the site's own cards, each saying which star it is like. Only this site's files are fetched.
 */
import { readStars, storage, syncButtons, type Star } from './reading-list.ts';
import { cardsFor, dataFile } from './cards.ts';
import { idInPath } from '../lib/client/base.ts';
import { rankForYou, type NeighbourData } from '../lib/client/for-you.ts';

const root = document.querySelector<HTMLElement>('[data-for-you]');
const store = storage();

function part<T extends HTMLElement>(name: string): T {
  return root!.querySelector<T>(`[data-for-you-${name}]`)!;
}

/** The line under a card naming the starred paper it is most like. */
function because(star: Star | undefined): HTMLElement {
  const line = document.createElement('p');
  line.className = 'because';
  line.textContent = `Because you starred “${star?.title ?? 'a paper'}”`;
  return line;
}

async function render(): Promise<void> {
  const stars = readStars(store!);
  part('empty').hidden = stars.length > 0;
  let items: HTMLElement[] = [];
  if (stars.length > 0) {
    const base = import.meta.env.BASE_URL;
    const data = await dataFile<NeighbourData>('for-you/neighbours.json', base);
    const suggestions = rankForYou(
      data,
      stars.map((star) => star.id),
    );
    const byId = new Map(suggestions.map((s) => [s.id, s]));
    const starsById = new Map(stars.map((star) => [star.id, star]));
    items = await cardsFor(
      suggestions.map((s) => s.id),
      base,
    );
    for (const card of items) {
      const id = idInPath(card.querySelector<HTMLAnchorElement>(':is(h2, h3) a')?.pathname ?? '', 'papers');
      card.append(because(starsById.get(byId.get(id ?? '')?.because ?? '')));
    }
  }
  part('none').hidden = stars.length === 0 || items.length > 0;
  part('list').replaceChildren(...items);
  syncButtons(stars);
}

if (root && store) {
  part('unavailable').hidden = true;
  part('app').hidden = false;
  void render();
  // Stars added or removed in another tab change the suggestions.
  window.addEventListener('storage', () => void render());
}
